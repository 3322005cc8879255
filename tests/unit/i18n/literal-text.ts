/**
 * Finds user-facing text written as a literal in JSX: text between tags that holds a letter, and
 * string literals (plain or in a template without expressions) given to the attributes a person
 * reads or hears. Everything the user reads must come from locales/en.yml through `i18n.t`, so
 * a second language touches only locale files.
 */
import ts from 'typescript';

/**
 * Attributes whose value is read aloud or shown: the DOM's own, and our components' props named
 * like them (`label`, `listTitle`, `hint`, `legend`, `confirmLabel`, `body`). Not `…labelledby` /
 * `…describedby`, which hold ids.
 */
export const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'body',
]);
const USER_FACING_PROP = /(?:label|title|text|hint|legend|message|heading|caption)$/iu;

export function isUserFacingAttribute(name: string): boolean {
  return USER_FACING_ATTRIBUTES.has(name) || USER_FACING_PROP.test(name);
}

export interface LiteralText {
  file: string;
  line: number;
  where: string;
  text: string;
}

const HAS_LETTER = /\p{L}/u;

function literalValue(expression: ts.Expression | undefined): string | undefined {
  if (!expression) return undefined;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isParenthesizedExpression(expression)) return literalValue(expression.expression);
  // `cond ? 'Open' : 'Close'` and `label ?? 'Search'` hide literals one level down.
  if (ts.isConditionalExpression(expression))
    return literalValue(expression.whenTrue) ?? literalValue(expression.whenFalse);
  if (ts.isBinaryExpression(expression)) {
    // Only the operands that can become the rendered value: not the sides of a comparison, and
    // not the condition of `cond && <p>…</p>`.
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return literalValue(expression.right);
    if (
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.PlusToken
    )
      return literalValue(expression.left) ?? literalValue(expression.right);
    return undefined;
  }
  if (ts.isTemplateExpression(expression)) {
    const parts = [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)];
    return parts.find((part) => HAS_LETTER.test(part));
  }
  return undefined;
}

/** The literal user-facing texts of one .tsx source. */
export function findLiteralText(file: string, source: string): LiteralText[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const report = (node: ts.Node, where: string, text: string) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    found.push({ file, line, where, text: text.trim().replace(/\s+/gu, ' ') });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) report(node, 'text', node.text);
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalValue(node.expression);
      if (text !== undefined && HAS_LETTER.test(text)) report(node, 'text', text);
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sourceFile);
      if (isUserFacingAttribute(name)) {
        const initializer = node.initializer;
        const text =
          initializer && ts.isStringLiteral(initializer)
            ? initializer.text
            : initializer && ts.isJsxExpression(initializer)
              ? literalValue(initializer.expression)
              : undefined;
        if (text !== undefined && HAS_LETTER.test(text)) report(node, name, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
