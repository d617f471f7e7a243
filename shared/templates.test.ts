import { fillTemplate } from './templates';

describe('canned response variables', () => {
  it('fills visitor and agent names, and keeps unknown variables visible', () => {
    const filled = fillTemplate('안녕하세요, {{visitor.name}} 고객님. {{ agent.name }}입니다. {{order.id}}', { visitor: { name: '김민지', email: null }, agent: { name: 'Mina' } }, 'ko');
    expect(filled).toBe('안녕하세요, 김민지 고객님. Mina입니다. {{order.id}}');
  });

  it('uses a polite default when the visitor has not told us their name', () => {
    expect(fillTemplate('{{visitor.name}} 고객님', { visitor: { name: null, email: null }, agent: { name: 'A' } }, 'ko')).toBe('고객님');
    expect(fillTemplate('안녕하세요, {{visitor.name}} 고객님.', { visitor: { name: null, email: null }, agent: { name: 'A' } }, 'ko')).toBe('안녕하세요, 고객님.');
    expect(fillTemplate('Hi {{visitor.name}}', { visitor: { name: null, email: null }, agent: { name: 'A' } }, 'en')).toBe('Hi there');
  });
});
