import { Lexer, Parser, type CST } from 'yaml';
import { MAX_DEPTH, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS } from './limits.js';

/** Which limit a text crossed, and the offset where it did. */
export interface CstLimit {
  limit: 'tokens' | 'documents' | 'depth';
  offset: number;
}

/**
 * Tokenizes a YAML text into the library's concrete syntax tree, stopping at the first limit
 * crossed. The lexer and parser keep explicit stacks, so no input can overflow the call stack
 * here; the composer that turns these tokens into nodes recurses once per level, which is why
 * the depth is measured on the tokens before it runs. Counting lexemes as they come bounds the
 * time a pathological text (a million `[` or `- `) costs to what MAX_YAML_TOKENS allows.
 */
export function parseCst(text: string): CST.Token[] | CstLimit {
  const lexer = new Lexer();
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let lexemes = 0;
  let documents = 0;
  const take = (t: CST.Token): CstLimit | undefined => {
    tokens.push(t);
    if (t.type === 'document' && ++documents > MAX_YAML_DOCUMENTS) return { limit: 'documents', offset: t.offset };
    return undefined;
  };
  for (const lexeme of lexer.lex(text)) {
    if (++lexemes > MAX_YAML_TOKENS) return { limit: 'tokens', offset: parser.offset };
    for (const t of parser.next(lexeme)) {
      const hit = take(t);
      if (hit) return hit;
    }
    // the parser's stack is the path of open nodes: a million `- ` on one line is refused at the
    // 65th instead of after the token budget is spent
    if (parser.stack.length > MAX_DEPTH) {
      const open = parser.stack.filter((t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');
      if (open.length > MAX_DEPTH) return { limit: 'depth', offset: open[MAX_DEPTH]!.offset };
    }
  }
  for (const t of parser.end()) {
    const hit = take(t);
    if (hit) return hit;
  }
  const deep = tooDeep(tokens);
  return deep === undefined ? tokens : { limit: 'depth', offset: deep };
}

/** The offset of the first collection nested deeper than MAX_DEPTH, or undefined. Iterative. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: { t: CST.Token; depth: number }[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push({ t: tokens[i]!, depth: 0 });
  while (stack.length) {
    const { t, depth } = stack.pop()!;
    switch (t.type) {
      case 'document':
        if (t.value) stack.push({ t: t.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > MAX_DEPTH) return t.offset;
        for (const item of t.items) {
          if (item.value) stack.push({ t: item.value, depth: depth + 1 });
          // a complex key (`? [a]: b`) is composed recursively like a value
          if ('key' in item && item.key) stack.push({ t: item.key, depth: depth + 1 });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
