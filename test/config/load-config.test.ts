import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ConfigError, databaseFileOf, loadConfig } from '../../config/load-config.js';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.STORE).to.equal('sqlite');
    expect(config.PORT).to.equal(3000);
    expect(databaseFileOf(config)).to.equal(join('./data', 'parley.db'));
    expect(config.REST_API_KEY).to.equal(undefined);
  });

  it('reads numbers and flags from their environment spelling', () => {
    const config = loadConfig({ PORT: '8080', SEED_DEMO_SHOP: 'false', RATE_LIMIT_POINTS: '5' });
    expect(config).to.include({ PORT: 8080, SEED_DEMO_SHOP: false, RATE_LIMIT_POINTS: 5 });
  });

  it('names every bad field', () => {
    const error = (() => { try { loadConfig({ PORT: 'eighty', STORE: 'mongo', REST_API_KEY: 'short' }); } catch (caught) { return caught; } })();
    expect(error).to.be.instanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).to.contain('PORT').and.to.contain('STORE').and.to.contain('REST_API_KEY');
    expect(message).to.contain('at least 16 characters');
  });

  it('reads an optional YAML file, with the environment winning over it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'parley-config-'));
    const file = join(directory, 'parley.yaml');
    writeFileSync(file, 'PORT: 4000\nLOG_LEVEL: debug\nSTORE: memory\n');
    try {
      const config = loadConfig({ PARLEY_CONFIG: file, PORT: '5000' });
      expect(config).to.include({ PORT: 5000, LOG_LEVEL: 'debug', STORE: 'memory' });
      expect(() => loadConfig({ PARLEY_CONFIG: join(directory, 'missing.yaml') })).to.throw(ConfigError, /PARLEY_CONFIG/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
