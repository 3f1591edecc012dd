import { SaxesParser } from 'saxes';

export interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
}

/** Parses with a strict, independent XML parser (saxes): throws on anything that is not well-formed XML 1.0. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node = { name: tag.name, text: '', children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0];
}

/** Text of the first element at a path of names below a node ('request/description'). */
export function textAt(node: XmlNode, path: string): string | undefined {
  let at: XmlNode | undefined = node;
  for (const name of path.split('/')) at = at?.children.find((c) => c.name === name);
  return at?.text;
}
