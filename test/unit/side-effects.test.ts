import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Issue #6, security: the tool never runs a program, opens a network connection or writes anywhere
// but stdout and the file of -o (and the expected files of `test --update`, which the user asks for).
// Checked on the source itself: what each file under src/ imports, and where the process and the
// file system are touched. A new import of a forbidden module fails here with the file named.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every module a file imports: static imports, re-exports, dynamic import() and require(). */
function imports(text: string): string[] {
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!.replace(/^node:/, ''));
}

const FILES = sources('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

// modules that run programs, reach the network, or run code from strings
const FORBIDDEN = ['child_process', 'net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'cluster', 'worker_threads', 'inspector', 'vm'];
/** The one file that touches the file system and the process: the CLI's io. */
const IO = join('src', 'cli', 'io.ts');
/**
 * The sidecar's server (vdpa-xml sidecar, issue 14): it listens on a unix socket with node:net,
 * frees the socket path (lstat, unlink) and handles signals and exit. It opens no connection.
 */
const SIDECAR_SERVER = join('src', 'sidecar', 'server.ts');

describe('no side channels (source scan)', () => {
  it('finds the sources', () => {
    expect(FILES.length).to.be.greaterThan(40);
    expect(FILES.map((f) => f.path)).to.include(IO);
  });

  it('imports no module that runs programs or opens connections', () => {
    const bad = FILES.flatMap((f) => imports(f.text).filter((m) => FORBIDDEN.includes(m.split('/')[0]!)).map((m) => `${f.path}: ${m}`));
    expect(bad).to.deep.equal([`${SIDECAR_SERVER}: net`, `${SIDECAR_SERVER}: net`]);
  });

  it('touches the file system and the process only in src/cli/io.ts', () => {
    const bad = FILES.filter((f) => f.path !== IO && f.path !== SIDECAR_SERVER).flatMap((f) => [
      ...imports(f.text).filter((m) => m === 'fs' || m.startsWith('fs/') || m === 'process' || m === 'os').map((m) => `${f.path}: imports ${m}`),
      ...(/\bprocess\s*\./.test(f.text) ? [`${f.path}: uses process`] : []),
      ...(/\b(?:eval|Function)\s*\(/.test(f.text) ? [`${f.path}: evaluates code from a string`] : []),
    ]);
    expect(bad).to.deep.equal([]);
  });

  it('writes only through writeFileAtomic, which only -o (render, env, inventory) and test --update call', () => {
    const io = FILES.find((f) => f.path === IO)!.text;
    const fsNames = /import\s*\{([^}]*)\}\s*from\s*'node:fs'/.exec(io)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    // writeFileSync with flag 'wx' makes the temporary file beside the target; rename puts it in place
    expect(fsNames.sort()).to.deep.equal(['readFileSync', 'readdirSync', 'readlinkSync', 'renameSync', 'statSync', 'unlinkSync', 'writeFileSync', 'writeSync']);
    expect(io.match(/writeFileSync\(/g)).to.have.length(1);
    // writeSync is stdout and stderr themselves (fd 1 and 2, written directly): one call, in writeAll
    expect(io.match(/writeSync\(/g)).to.have.length(1);
    expect(io).to.include('off += writeSync(fd, bytes, off)');
    expect([...io.matchAll(/writeAll\(([^,)]+)/g)].map((m) => m[1]).sort()).to.deep.equal(['1', '2', 'fd: number']);
    expect(io).to.include("writeFileSync(tmp, text, { flag: 'wx' })");
    const callers = FILES.filter((f) => /\.writeFileAtomic\(/.test(f.text)).map((f) => f.path).sort();
    // write-output.ts is -o for render, env and inventory; test.ts writes expected files on --update
    expect(callers).to.deep.equal([join('src', 'cli', 'commands', 'test.ts'), join('src', 'cli', 'write-output.ts')]);
  });
});
