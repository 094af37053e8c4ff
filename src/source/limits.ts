// Every limit the loaders enforce against hostile or accidental input, in one place (issue #6).
// Each bounds the time or stack a single input can cost; none is near what a real VMI, its NADs
// or a launcher's env dump need, so hitting one means the input is not what the user meant.

/** Bytes of one input file, checked before decoding. A VMI with its NADs is a few KiB. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * YAML tokens (lexemes: indicators, scalars, line breaks) of one input, counted while it is
 * tokenized. The YAML library needs 1-5 µs per token, so this caps one input's parse at a few
 * seconds whatever its shape. A million tokens is about 3 MiB of Kubernetes YAML; etcd refuses
 * objects over 1.5 MiB, and a VMI with its NADs is a few hundred tokens.
 */
export const MAX_YAML_TOKENS = 1_000_000;

/** Documents in one YAML stream (each costs the composer a fresh Document). */
export const MAX_YAML_DOCUMENTS = 10_000;

/**
 * Nesting of collections (block or flow) in one document, and of JSON inside an env variable.
 * The YAML composer and JSON.stringify recurse once per level; a VMI nests about 12 deep.
 */
export const MAX_DEPTH = 64;

/**
 * Nodes of one document counted with every alias expanded. Readers follow aliases, so a
 * "billion laughs" document must be refused before they walk it.
 */
export const MAX_EXPANDED_NODES = 1_000_000;

// MAX_DIAGNOSTICS, the diagnostics kept for one run, lives with Diagnostics (src/diagnostics), the stage below this one.
