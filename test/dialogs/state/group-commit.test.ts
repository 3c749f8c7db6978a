import { expect } from 'chai';
import { GroupCommit } from '../../../dialogs/state/group-commit.js';
import { openSqlite } from '../../../dialogs/state/open-sqlite.js';

describe('GroupCommit', () => {
  const open = () => {
    const db = openSqlite(':memory:');
    db.exec('CREATE TABLE lines (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    return db;
  };

  it('commits the writes of one tick in one transaction and returns each result', async () => {
    const db = open();
    const group = new GroupCommit(db);
    const transactions = new Set<boolean>();
    const insert = db.prepare('INSERT INTO lines (text) VALUES (?)');
    const results = await Promise.all(['a', 'b', 'c'].map((text) => group.run(() => {
      transactions.add(db.inTransaction);
      return Number(insert.run(text).lastInsertRowid);
    })));
    expect(results).to.deep.equal([1, 2, 3]);
    expect([...transactions]).to.deep.equal([true]);
    expect(db.prepare('SELECT count(*) AS n FROM lines').get()).to.deep.equal({ n: 3 });
    db.close();
  });

  it('rolls back only the write that fails, including what it wrote before failing', async () => {
    const db = open();
    const group = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO lines (text) VALUES (?)');
    const outcomes = await Promise.allSettled([
      group.run(() => insert.run('kept 1')),
      group.run(() => { insert.run('half written'); throw new Error('conflict'); }),
      group.run(() => insert.run('kept 2')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).to.have.property('message', 'conflict');
    expect(db.prepare('SELECT text FROM lines ORDER BY id').all()).to.deep.equal([{ text: 'kept 1' }, { text: 'kept 2' }]);
    db.close();
  });

  it('settles nothing before the commit, and commits what is queued when flushed at close', async () => {
    const db = open();
    const group = new GroupCommit(db);
    let settled = false;
    const pending = group.run(() => db.prepare('INSERT INTO lines (text) VALUES (?)').run('late')).then(() => { settled = true; });
    expect(settled).to.equal(false);
    group.flush();
    await pending;
    expect(db.prepare('SELECT count(*) AS n FROM lines').get()).to.deep.equal({ n: 1 });
    db.close();
  });
});
