/**
 * `npm run live`: builds the course if dist/ is missing or stale, starts the live server on the LAN
 * and prints the address phones open (with a QR code) and the trainer's link. Ctrl-C stops it.
 *
 *   npm run live -- [--host 0.0.0.0] [--port 4330] [--db live-data/rooms.sqlite] [--dist dist]
 *                   [--no-build] [--no-websocket] [--public-origin http://192.168.1.5:4330]
 *                   [--database-url postgres://user:password@host/db]   (or LIVE_DATABASE_URL)
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { JOIN_PATH } from '../src/live/protocol.ts';
import { buildNeeded } from './build-check.ts';
import { startLiveServer, type LiveServer } from './server.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '4330' },
    db: { type: 'string', default: 'live-data/rooms.sqlite' },
    'database-url': { type: 'string', default: process.env.LIVE_DATABASE_URL ?? '' },
    dist: { type: 'string', default: 'dist' },
    'public-origin': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-websocket': { type: 'boolean', default: false },
  },
});

/** The database URL as the terminal shows it: never its password. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '（地址格式不正确）';
  }
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口「${values.port}」不正确：请给 0–65535 之间的数字。`);
  process.exit(2);
}

if (!values['no-build']) {
  const reason = buildNeeded('.', values.dist);
  if (reason) {
    console.log(`${reason}，先构建课程（npm run build，约一两分钟）……`);
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) {
      console.error('课程构建失败，课堂互动服务器没有启动。');
      process.exit(1);
    }
  }
}

let server: LiveServer;
try {
  server = await startLiveServer({
    host: values.host,
    port,
    dbPath: values.db,
    ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
    distDir: values.dist,
    webSocket: !values['no-websocket'],
    ...(values['public-origin'] ? { publicOrigin: values['public-origin'] } : {}),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用：请关掉占用它的程序，或换一个端口（npm run live -- --port 4331）。`
      : `课堂互动服务器没有启动：${(error as Error).message}`,
  );
  process.exit(1);
}

const phones = `${server.publicOrigin}${JOIN_PATH}`;
console.log(`
课堂互动服务器已启动（只在可信的培训教室网络中使用）。

本机地址：${server.localUrl}/
学员手机访问：${phones}
${renderUnicodeCompact(phones, { border: 1 })}
讲师链接（含讲师密钥，只在讲师自己的电脑或手机上打开，不要投影）：
${phones}#live-key=${server.key}

${values['database-url'] ? `数据库：${withoutPassword(values['database-url'])}` : `数据文件：${values.db}`}
按 Ctrl-C 停止。`);
if (!server.reachable)
  console.warn(`
注意：没有找到这台电脑的局域网地址（Wi-Fi 或有线网络），手机无法连接。
请连上培训教室的 Wi-Fi 或打开电脑的移动热点，再重新运行 npm run live；或用 --host 指定地址。`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\n正在停止……');
  await server.close();
  console.log('课堂互动服务器已停止，所有答案已保存。');
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
