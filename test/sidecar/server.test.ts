import { expect } from 'chai';
import * as grpc from '@grpc/grpc-js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainHandler } from '../../src/sidecar/handler.js';
import { startHookServer, type HookServer } from '../../src/sidecar/server.js';
import { call, connect } from './harness.js';

// The server in this process with handlers the shipped sidecar does not have yet (one that
// throws, one that asks for a retry), called with @grpc/grpc-js.
describe('sidecar server with an injected handler', function () {
  this.timeout(10_000);
  let dir: string;
  let server: HookServer | undefined;
  const lines: Record<string, unknown>[] = [];
  const serve = async (handler: DomainHandler): Promise<string> => {
    const socket = join(dir, 'vdpa-xml.sock');
    server = await startHookServer(socket, handler, (l) => lines.push(l), () => {});
    return socket;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vdpa-xml-server-'));
    lines.length = 0;
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  const req = { domainXML: Buffer.from('<domain/>'), vmi: Buffer.from('{}') };

  it('a handler that throws (a bug) is INTERNAL, logged, and the server keeps serving', async () => {
    let n = 0;
    const socket = await serve((_vmi, dom) => {
      if (n++ === 0) throw new Error('boom');
      return { domainXml: Buffer.from(dom).toString('utf8'), log: {} };
    });
    const client = connect('v1alpha3', socket);
    const bad = await call(client, 'OnDefineDomain', req);
    expect([bad.err?.code, bad.err?.details]).to.deep.equal([grpc.status.INTERNAL, 'internal error in vdpa-xml: boom']);
    const good = await call(client, 'OnDefineDomain', req);
    expect([good.err, good.res.domainXML.toString()]).to.deep.equal([null, '<domain/>']);
    expect(lines.map((l) => [l.level, l.status, l.bug])).to.deep.equal([
      ['error', 'INTERNAL', true],
      ['info', 'OK', undefined],
    ]);
    client.close();
  });

  it('failed-precondition becomes FAILED_PRECONDITION; a non-ASCII message arrives intact', async () => {
    const socket = await serve(() => ({ error: 'network-info is empty: not projected yet — retry', code: 'failed-precondition', log: { waited: 0 } }));
    const client = connect('v1alpha2', socket);
    const r = await call(client, 'OnDefineDomain', req);
    expect([r.err?.code, r.err?.details]).to.deep.equal([grpc.status.FAILED_PRECONDITION, 'network-info is empty: not projected yet — retry']);
    expect(lines[0]).to.deep.include({ level: 'error', status: 'FAILED_PRECONDITION', handler: { waited: 0 }, version: 'v1alpha2' });
    client.close();
  });

  it('the handler sees the VMI and the domain bytes as sent, and its string goes back as UTF-8', async () => {
    const seen: string[] = [];
    const socket = await serve((vmi, dom) => {
      seen.push(Buffer.from(vmi).toString(), Buffer.from(dom).toString());
      return { domainXml: '<domain><name>ünï</name></domain>', log: {} };
    });
    const client = connect('v1alpha3', socket);
    const r = await call(client, 'OnDefineDomain', { domainXML: Buffer.from('<d/>'), vmi: Buffer.from('{"kind":"VirtualMachineInstance"}') });
    expect(seen).to.deep.equal(['{"kind":"VirtualMachineInstance"}', '<d/>']);
    expect(r.res.domainXML.toString('utf8')).to.equal('<domain><name>ünï</name></domain>');
    client.close();
  });
});
