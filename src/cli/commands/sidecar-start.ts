import { createDomainHandler } from '../../sidecar/handler.js';
import { runSidecar } from '../../sidecar/server.js';
import type { CliIo } from '../io.js';
import type { SidecarFlags } from './sidecar-flags.js';

/** Starts the sidecar with parsed flags; returns the exit status when it could not start (it runs until Shutdown or a signal otherwise). */
export function startSidecar(flags: SidecarFlags, io: CliIo): number {
  return runSidecar({ socket: flags.socket, networkInfo: flags.networkInfo, vdpaBinding: flags.vdpaBinding, kubevirtVersion: flags.kubevirtVersion }, createDomainHandler, io.stderr);
}
