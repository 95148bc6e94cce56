/**
 * Who this phone is in a room: an id made once and kept in localStorage, so a refresh, a locked
 * phone or a lost Wi-Fi rejoins as the same participant; and the display name last typed.
 */
export const PARTICIPANT_STORAGE = 'svc-course:live-participant';
export const NAME_STORAGE = 'svc-course:live-name';

/** A version-4 UUID from 16 random bytes (RFC 9562 §5.4). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = [...bytes.slice(0, 16)];
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isParticipantId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Without storage this page still works; a reload joins as someone new.
  }
}

let memory: string | null = null;

/**
 * This phone's participant id. `crypto.randomUUID` exists only on secure pages (https, localhost),
 * and the classroom server is plain http on the LAN, so the id is made from `getRandomValues`,
 * which every page has.
 */
export function participantId(): string {
  const saved = read(PARTICIPANT_STORAGE);
  if (isParticipantId(saved)) return saved;
  memory ??=
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
  write(PARTICIPANT_STORAGE, memory);
  return memory;
}

export const savedName = (): string => read(NAME_STORAGE) ?? '';
export const saveName = (name: string): void => write(NAME_STORAGE, name);
