/**
 * Fills `{{visitor.name}}`-style variables in a canned response. Unknown variables
 * are left as they are so the agent sees what is missing. A visitor with no name reads
 * naturally: "{{visitor.name}} 고객님" becomes "고객님", "Hi {{visitor.name}}" "Hi there".
 *
 * @example fillTemplate('{{visitor.name}} 고객님', { visitor: { name: '김민지', email: null }, agent: { name: 'Mina' } }, 'ko') // '김민지 고객님'
 */
export interface TemplateValues {
  visitor: { name: string | null; email: string | null };
  agent: { name: string };
}

export function fillTemplate(template: string, values: TemplateValues, locale: 'ko' | 'en'): string {
  const fallbackName = locale === 'ko' ? '' : 'there';
  const filled = template.replace(/\{\{\s*([a-z]+)\.([a-z]+)\s*\}\}/g, (whole, entity: string, field: string) => {
    if (entity === 'visitor' && field === 'name') return values.visitor.name ?? fallbackName;
    if (entity === 'visitor' && field === 'email') return values.visitor.email ?? '';
    if (entity === 'agent' && field === 'name') return values.agent.name;
    return whole;
  });
  return filled.replace(/ {2,}/g, ' ').replace(/ ([,.!?])/g, '$1').trim();
}
