import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Red-team case 17: Dutch messages printed spp's own numbers the English way ("ten hoogste 1.5",
 * "±0.01", "≤ 2.200") because their templates interpolated raw numbers. This lint reads every
 * template literal of a Dutch message — the value of an `nl` or `messageNl` property or variable,
 * and the templates inside it — with the type checker, and refuses an interpolated `number` unless it
 * is a whole number by construction (a line, an index, a year, a count: those read the same in both
 * languages). Any other number goes through `localNumber(n, 'nl')` (diagnostics) or `textNumber(n, 'nl')`
 * (model): 0,8 and 2200. A value quoted from the user's file, or YAML the user is told to type, is
 * interpolated as text (`String(v)`) on purpose, since it stays as written.
 *
 * The report's renderers (src/report/) format their numbers with formatNumber and are covered by the
 * report tests; they are not scanned here.
 */

/** Names (the last identifier of an expression) that hold whole numbers in spp's sources. */
const WHOLE_NAMES = new Set([
  // positions and indexes
  'i', 'index', 'line', 'first', 'last', 'earlier', 'winner', 'oldLine', 'firstHidden', 'closes', 'spans', 'width', 'length',
  // years
  'year', 'years', 'start', 'end', 'from', 'to', 'ref', 'referenceYear', 'at', 'firstShared', 'lastShared', 'firstYear', 'peakYear',
  // counts, seeds, codes, sizes
  'n', 'k', 'count', 'more', 'hidden', 'rows', 'persons', 'anonymousPersons', 'minGroup', 'seed', 'code', 'age',
  'MAX_RECORD_SIZE', 'MAX_ALIAS_COUNT', 'MAX_EXPANDED_NODES', 'MIN_AGE',
]);

/** Whether `expr` is a whole number by construction. */
function isWhole(expr: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) return isWhole(expr.expression);
  if (ts.isNumericLiteral(expr)) return Number.isInteger(Number(expr.text));
  if (ts.isPrefixUnaryExpression(expr)) return isWhole(expr.operand);
  if (ts.isIdentifier(expr)) return WHOLE_NAMES.has(expr.text);
  if (ts.isPropertyAccessExpression(expr)) return WHOLE_NAMES.has(expr.name.text);
  // An element of a list of whole numbers: years[0].
  if (ts.isElementAccessExpression(expr)) return isWhole(expr.expression);
  if (ts.isConditionalExpression(expr)) return isWhole(expr.whenTrue) && isWhole(expr.whenFalse);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    const arithmetic = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken, ts.SyntaxKind.QuestionQuestionToken];
    return arithmetic.includes(op) && isWhole(expr.left) && isWhole(expr.right);
  }
  if (ts.isCallExpression(expr)) {
    const callee = expr.expression.getText();
    if (/^Math\.(round|floor|ceil|trunc)$/.test(callee)) return true;
    if (/^Math\.(abs|min|max)$/.test(callee)) return expr.arguments.every(isWhole);
    // years.at(-1)
    if (ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === 'at') return isWhole(expr.expression.expression);
  }
  return false;
}

/** Calls that make a number text with a decimal point: the file dialect's form, toFixed, an English locale. */
const ENGLISH_FORMATTER = /^dialectNumber\(|\.toFixed\(|toLocaleString\('en/;

/** A decimal with a point (0.2, 1.5, 0.01), not a Dutch thousands point (52.000) nor a version or a path. */
const ENGLISH_DECIMAL = /(?<![\w.\/])\d+\.(?:\d{1,2}|\d{4,})(?![\w.])/;

/** Whether `node` is part of a Dutch text: inside the value of an `nl` or `messageNl` property or variable. */
function inDutchText(node: ts.Node): boolean {
  for (let p = node.parent; p !== undefined; p = p.parent) {
    if ((ts.isPropertyAssignment(p) || ts.isVariableDeclaration(p)) && ts.isIdentifier(p.name) && (p.name.text === 'nl' || p.name.text === 'messageNl')) return true;
  }
  return false;
}

function isNumberType(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.NumberLike) !== 0 || (type.isUnion() && type.types.some(isNumberType));
}

/** Every number interpolated into a Dutch message template that is not whole by construction: `file:line  expression`. */
function rawNumbersInDutchMessages(): string[] {
  const root = resolve(import.meta.dirname, '../..');
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error('tsconfig.build.json not read');
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of program.getSourceFiles()) {
    const name = file.fileName.slice(root.length + 1);
    if (!name.startsWith('src/') || name.startsWith('src/report/')) continue;
    const at = (node: ts.Node): string => `${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateExpression(node) && inDutchText(node)) {
        for (const span of node.templateSpans) {
          const expr = span.expression;
          if (isNumberType(checker.getTypeAtLocation(expr)) && !isWhole(expr)) found.push(`${at(expr)}  ${expr.getText()}`);
          // A number already made text the English way (or the file's way, which is the English way for most files).
          else if (ENGLISH_FORMATTER.test(expr.getText())) found.push(`${at(expr)}  ${expr.getText()}`);
        }
      }
      // A decimal written with a point in the Dutch text itself ("bijvoorbeeld 0.2 of 20%").
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && inDutchText(node)) {
        const decimal = ENGLISH_DECIMAL.exec(node.text);
        // "zoals 0,75 of 0.75": the forms a file may use, both named.
        if (decimal !== null && !node.text.includes(`${decimal[0].replace('.', ',')} of ${decimal[0]}`)) found.push(`${at(node)}  '${decimal[0]}'`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('Dutch messages', () => {
  it('interpolate no raw fractional number (it would print 1.5, not 1,5)', () => {
    expect(rawNumbersInDutchMessages()).toEqual([]);
  }, 120_000);

  it('the lint sees a raw number', () => {
    const source = ts.createSourceFile('x.ts', 'const a = { nl: `ten hoogste ${max} en ${line}` };', ts.ScriptTarget.ES2022, true);
    const spans: ts.TemplateSpan[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateExpression(node) && inDutchText(node)) spans.push(...node.templateSpans);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(spans.map((s) => [s.expression.getText(), isWhole(s.expression)])).toEqual([['max', false], ['line', true]]);
  });
});
