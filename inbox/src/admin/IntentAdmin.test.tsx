import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { IntentDefinition } from '../../../shared/domain';
import { stringsFor, StringsContext } from '../i18n';
import type { IntentApi } from './intent-api';
import { IntentAdmin } from './IntentAdmin';

const refund: IntentDefinition = { name: 'refund', examples: ['환불', 'refund'], answer: { ko: '환불 안내', en: 'Refunds' }, handoff: false, related: [], team: null };

function fakeApi(initial: IntentDefinition[] = [refund]) {
  let intents = [...initial];
  const api: IntentApi & { saved: IntentDefinition[]; imported: unknown[]; thresholds: (number | null)[]; tested: (number | undefined)[] } = {
    saved: [],
    imported: [],
    thresholds: [],
    tested: [],
    list: async () => intents,
    overview: async () => ({
      intents,
      model: { modelId: 'parley/use-multilingual-v3', state: 'ready', problem: null },
      calibration: { mode: 'semantic+lexical', threshold: 0.65, wrongAnswerRate: 0.04, inScopeAnswered: 0.8, outOfDomainDeclined: 0.95, examples: 2 },
      thresholdOverride: api.thresholds.at(-1) ?? null,
    }),
    setThreshold: async (threshold) => {
      api.thresholds.push(threshold);
    },
    save: async (intent) => {
      if (!/^[a-z0-9_]{2,60}$/.test(intent.name)) throw new Error('name: intent names use lowercase letters, digits and "_" (2–60)');
      api.saved.push(intent);
      intents = [...intents.filter((i) => i.name !== intent.name), intent];
    },
    remove: async (name) => {
      intents = intents.filter((i) => i.name !== name);
    },
    test: async (text, threshold) => (api.tested.push(threshold), { best: text.includes('환불') ? { name: 'refund', score: 0.82 } : null, ranked: [{ name: 'refund', score: text.includes('환불') ? 0.82 : 0.2 }], mode: 'lexical' }),
    exportAll: async () => ({ intents }),
    importAll: async (body) => {
      api.imported.push(body);
      return { imported: body.intents.length };
    },
  };
  return api;
}

describe('the intents admin', () => {
  it('shows the model and the calibrated threshold, previews a slider value in the tester and saves it', async () => {
    const api = fakeApi();
    render(<IntentAdmin api={api} onClose={() => {}} />);
    expect(await screen.findByText('Model: parley/use-multilingual-v3 (semantic matching on)')).toBeTruthy();
    expect(screen.getByText(/Calibrated threshold 0.65 from 2 examples/)).toBeTruthy();
    const slider = screen.getByRole('slider', { name: 'Confidence threshold' });
    fireEvent.input(slider, { target: { value: '0.9' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Test sentence' }), { target: { value: '환불 되나요' } });
    await waitFor(() => expect(api.tested).toContain(0.9));
    fireEvent.click(screen.getByRole('button', { name: 'Use this threshold' }));
    await waitFor(() => expect(api.thresholds).toEqual([0.9]));
    fireEvent.click(await screen.findByRole('button', { name: 'Back to the calibrated threshold' }));
    await waitFor(() => expect(api.thresholds).toEqual([0.9, null]));
  });

  it('creates an intent from the form, one example per line', async () => {
    const api = fakeApi();
    render(<IntentAdmin api={api} onClose={() => {}} />);
    await screen.findByRole('button', { name: 'Edit intent refund' });
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'gift_wrap' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Examples (one per line)' }), { target: { value: '선물 포장\ngift wrap\n' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Answer in Korean' }), { target: { value: '선물 포장이 가능합니다.' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Display name in Korean (quick replies, handoff card)' }), { target: { value: '선물 포장' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Always hand to a human' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save intent' }));
    await screen.findByRole('button', { name: 'Edit intent gift_wrap' });
    expect(api.saved[0]).toEqual({ name: 'gift_wrap', examples: ['선물 포장', 'gift wrap'], answer: { ko: '선물 포장이 가능합니다.', en: '' }, handoff: true, related: [], team: null, displayName: { ko: '선물 포장', en: '' } });
  });

  it('shows the server’s error and keeps the form when the intent is invalid', async () => {
    render(<IntentAdmin api={fakeApi()} onClose={() => {}} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Bad Name' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Examples (one per line)' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save intent' }));
    expect((await screen.findByRole('alert')).textContent).toContain('intent names');
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Bad Name');
  });

  it('edits and deletes an existing intent', async () => {
    const api = fakeApi();
    render(<IntentAdmin api={api} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit intent refund' }));
    expect((screen.getByRole('textbox', { name: 'Examples (one per line)' }) as HTMLTextAreaElement).value).toBe('환불\nrefund');
    fireEvent.click(screen.getByRole('button', { name: 'Delete intent' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit intent refund' })).toBeNull());
  });

  it('tests a sentence live and shows the top intents with scores', async () => {
    render(<IntentAdmin api={fakeApi()} onClose={() => {}} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Test sentence' }), { target: { value: '환불해 주세요' } });
    expect((await screen.findByRole('status')).textContent).toContain('refund');
    expect(screen.getByRole('list', { name: 'Top intents' }).textContent).toContain('0.82');
  });

  it('exports the intents as JSON and imports a file in the chosen mode', async () => {
    const api = fakeApi();
    const downloads: [string, string][] = [];
    render(<IntentAdmin api={api} onClose={() => {}} download={(name, content) => downloads.push([name, content])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export intents as JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]![1]).intents[0].name).toBe('refund');

    fireEvent.change(screen.getByRole('combobox', { name: 'Import mode' }), { target: { value: 'replace' } });
    const file = new File([JSON.stringify({ intents: [refund] })], 'intents.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import intents from JSON'), { target: { files: [file] } });
    await waitFor(() => expect(api.imported).toEqual([{ mode: 'replace', intents: [refund] }]));
  });
});

describe('the intents admin in Korean', () => {
  const renderKorean = (api: IntentApi) =>
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <IntentAdmin api={api} onClose={() => {}} />
      </StringsContext.Provider>,
    );

  it('names the list, the editor, the model panel, the tester and import/export in Korean', async () => {
    const api = fakeApi();
    const { container } = renderKorean(api);
    expect(await screen.findByText('모델: parley/use-multilingual-v3 (의미 기반 분류 사용 중)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '챗봇 의도' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: '의도 목록' })).getByText('예문 2개')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'refund 의도 편집' }));
    const form = screen.getByRole('form', { name: 'refund 의도 편집' });
    expect((within(form).getByRole('textbox', { name: '예문 (한 줄에 하나씩)' }) as HTMLTextAreaElement).value).toBe('환불\nrefund');
    for (const label of ['이름', '한국어 표시 이름 (빠른 답변 버튼, 상담 인계 카드)', '영어 표시 이름', '한국어 답변', '영어 답변', '관련 의도 (쉼표로 구분)', '담당 팀']) {
      expect(within(form).getByRole('textbox', { name: label })).toBeTruthy();
    }
    expect(within(form).getByRole('checkbox', { name: '항상 상담원에게 연결' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '신뢰도 기준값' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '가져오기 방식' })).toBeTruthy();
    expect(screen.getByLabelText('JSON 파일에서 의도 가져오기')).toBeTruthy();

    fireEvent.input(screen.getByRole('textbox', { name: '시험할 문장' }), { target: { value: '그냥 궁금해서요' } });
    expect((await screen.findByRole('status')).textContent).toBe('신뢰도 기준값보다 낮습니다. 챗봇이 상담원 연결을 안내합니다.');
    expect(screen.getByRole('list', { name: '상위 의도' })).toBeTruthy();
    expect(screen.getByText('판단 방식: 단어 일치만 사용 (임베딩 모델 없음)')).toBeTruthy();

    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const shown: string[] = [];
    while (walker.nextNode()) shown.push(walker.currentNode.textContent ?? '');
    container.querySelectorAll('[aria-label]').forEach((element) => shown.push(element.getAttribute('aria-label')!));
    const english = shown.map((text) => text.replace(/parley\/use-multilingual-v3|refund|JSON/g, '').trim()).filter((text) => /[A-Za-z]{2,}/.test(text));
    expect(english).toEqual([]);
  });

  it('says it is still training while the model is ready but only the lexical calibration exists', async () => {
    const api = fakeApi();
    const overview = await api.overview();
    let calls = 0;
    // The first answers come before the model's head is trained; later ones after.
    api.overview = async () => (++calls <= 2 ? { ...overview, calibration: { ...overview.calibration!, mode: 'lexical', threshold: 0.45 } } : overview);
    renderKorean(api);
    expect(await screen.findByText('현재 의도로 학습하는 중입니다…')).toBeTruthy();
    expect(screen.queryByText(/보정한 기준값/)).toBeNull();
    // The screen keeps looking until the model's calibration is there.
    expect(await screen.findByText(/보정한 기준값 0\.65/, undefined, { timeout: 5000 })).toBeTruthy();
  });

  it('says in Korean why there is no model and that an import file is not JSON', async () => {
    const api = fakeApi();
    api.overview = async () => ({ intents: [refund], model: { modelId: null, state: 'absent', problem: 'no intent model configured' }, calibration: null, thresholdOverride: null });
    renderKorean(api);
    expect(await screen.findByText('사용 중인 모델이 없습니다. 챗봇이 단어 일치로만 분류합니다.')).toBeTruthy();
    expect(screen.queryByText(/no intent model/)).toBeNull();
    const file = new File(['not json'], 'intents.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('JSON 파일에서 의도 가져오기'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toBe('의도를 내보낸 JSON 파일이 아닙니다.');
    expect(api.imported).toEqual([]);
  });
});
