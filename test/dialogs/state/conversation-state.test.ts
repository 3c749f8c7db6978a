import { expect } from 'chai';
import { CURRENT_STATE_VERSION, initialState, migrateState } from '../../../dialogs/state/conversation-state.js';

describe('conversation state', () => {
  it('reads the current version as it is', () => {
    const state = { ...initialState('es'), customer: { id: 'c1', method: 'order-email' as const, verifiedAt: '2026-01-01T00:00:00.000Z' } };
    expect(migrateState(JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
  });

  it('upgrades a state written before schema versions existed', () => {
    const upgraded = migrateState({ mode: 'bot', lang: 'zh-CN' });
    expect(upgraded.schemaVersion).to.equal(CURRENT_STATE_VERSION);
    expect(upgraded.language).to.equal('zh-CN');
    expect(upgraded.slots).to.deep.equal({});
  });

  it('refuses a state that breaks the schema', () => {
    expect(() => migrateState({ ...initialState('en'), mode: 'robot' })).to.throw();
    expect(() => migrateState('not an object')).to.throw();
  });
});
