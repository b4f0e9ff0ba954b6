// Rename writes the new name as the old one was written: its capitals, its letter spacing and its possessive.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { asWritten } from '../../../server/src/service/features/rename';

test('the new name keeps the old one’s capitals, letter spacing and possessive', () => {
  assert.equal(asWritten('Shtykoff', 'Shtykov'), 'Shtykoff');
  assert.equal(asWritten('Shtykoff', 'SHTYKOV'), 'SHTYKOFF');
  assert.equal(asWritten('Shtykoff', "Shtykov's"), "Shtykoff's");
  assert.equal(asWritten('Shtykoff', 'SHTYKOV’S'), 'SHTYKOFF’S');
  assert.equal(asWritten('Shtykoff', 'S H T Y K O V'), 'S H T Y K O F F');
  assert.equal(asWritten('Roshchin', 'Roschin'), 'Roshchin');
});
