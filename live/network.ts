/**
 * The address phones can reach: a private IPv4 address of a physical interface (Wi-Fi or
 * Ethernet), not a VPN, container or virtual machine adapter, whose addresses phones cannot reach.
 */
import type { NetworkInterfaceInfo } from 'node:os';

/** Docker, bridges, VPN tunnels, WireGuard, ZeroTier, Tailscale, VMware, VirtualBox, Hyper-V, Apple's peer links. */
const VIRTUAL =
  /^(?:lo\d*$|docker|veth|br-|virbr|vmnet|vboxnet|tun|tap|utun|wg|zt|tailscale|ham|vEthernet|llw|awdl|anpi|bridge|cni|flannel|cali|podman)/i;
/** Interfaces that usually are the machine's Wi-Fi or Ethernet, preferred when several qualify. */
const PHYSICAL = /^(en|eth|wl|wlan|wi-?fi|以太网|无线|ethernet)/i;

export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The best address for phones, or `null` when the machine has none (no network: use --host). */
export function pickLanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  const candidates = Object.entries(interfaces).flatMap(([name, infos]) =>
    VIRTUAL.test(name)
      ? []
      : (infos ?? [])
          .filter((info) => info.family === 'IPv4' && !info.internal && isPrivateIPv4(info.address))
          .map((info) => ({ name, address: info.address })),
  );
  const preferred = candidates.find((candidate) => PHYSICAL.test(candidate.name)) ?? candidates[0];
  return preferred?.address ?? null;
}

const LOOPBACK_ADDRESS = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/** A request from this machine that also names this machine (a DNS-rebinding page names another host). */
export const isLoopbackRequest = (remoteAddress: string | undefined, host: string | undefined): boolean =>
  LOOPBACK_ADDRESS.test(remoteAddress ?? '') && LOOPBACK_HOST.test(host ?? '');
