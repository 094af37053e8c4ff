// For comparison only (npm run bench:sidecar): the same hook services served by @grpc/grpc-js
// with @grpc/proto-loader, as the Node.js gRPC documentation would have it, with the same
// domain handler as the shipped server (createDomainHandler). Not shipped: docs/sidecar-server.md ("Why HTTP/2 of its own") measures the shipped server against it.
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDomainHandler } from '../src/sidecar/handler.js';
import { INFO } from '../src/sidecar/hook-service.js';

const LOAD = { keepCase: true, longs: Number, defaults: true };
const pkg = (file: string, name: string): any => {
  let node: any = grpc.loadPackageDefinition(loadSync(join('proto', 'kubevirt', 'hooks', file), LOAD));
  for (const part of name.split('.')) node = node[part];
  return node;
};
const arg = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const socket = arg('--socket', '');
const handler = createDomainHandler({ networkInfoPath: arg('--network-info', '/etc/podinfo/network-info'), vdpaBinding: arg('--vdpa-binding', 'vdpa'), readFile: (p) => readFileSync(p) });
const server = new grpc.Server();
const callbacks = {
  OnDefineDomain: (c: any, cb: any) => {
    const r = handler(c.request.vmi, c.request.domainXML);
    if ('error' in r) cb({ code: grpc.status.INVALID_ARGUMENT, details: r.error });
    else cb(null, { domainXML: Buffer.from(r.domainXml) });
  },
  PreCloudInitIso: (c: any, cb: any) => cb(null, { cloudInitNoCloudSource: c.request.cloudInitNoCloudSource, cloudInitData: c.request.cloudInitData }),
  Shutdown: (_c: any, cb: any) => {
    cb(null, {});
    setImmediate(() => server.tryShutdown(() => process.exit(0)));
  },
};
server.addService(pkg('info/api_info.proto', 'kubevirt.hooks.info').Info.service, { Info: (_c: any, cb: any) => cb(null, INFO) });
server.addService(pkg('v1alpha3/api_v1alpha3.proto', 'kubevirt.hooks.v1alpha3').Callbacks.service, callbacks);
server.addService(pkg('v1alpha2/api_v1alpha2.proto', 'kubevirt.hooks.v1alpha2').Callbacks.service, callbacks);
server.bindAsync(`unix://${socket}`, grpc.ServerCredentials.createInsecure(), (err) => {
  if (err) throw err;
  process.stderr.write(`${JSON.stringify({ msg: 'listening', socket })}\n`);
});
