import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoData, seedsDirectory } from './demo-data';

interface RotaFile {
  sessions: Record<string, unknown>[];
  typeSets: Record<string, unknown>;
}

const AMRIT = 'amrit.kaur@regflow.example';

describe(loadDemoData.name, () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'regflow-seeds-'));
    cpSync(seedsDirectory(), directory, { recursive: true });
  });

  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  function changeRota(change: (rota: RotaFile) => void): void {
    const file = join(directory, 'rota.json');
    const rota = JSON.parse(readFileSync(file, 'utf8')) as RotaFile;
    change(rota);
    writeFileSync(file, JSON.stringify(rota));
  }

  it('reads the reference county: six offices, twenty staff, a weekly rota of 2 to 4 sessions a registrar', () => {
    const data = loadDemoData();
    expect(data.offices.map((office) => office.name)).toEqual(['Worcester', 'Kidderminster', 'Redditch', 'Evesham', 'Bromsgrove', 'Malvern']);
    expect(data.offices.find((office) => office.name === 'Malvern')?.openingHours['3']).toBeUndefined();
    expect(data.staff).toHaveLength(20);
    const registrars = data.staff.filter((member) => member.roles.includes('registrar'));
    expect(registrars).toHaveLength(14);
    const sessionsOf = (email: string) => data.rota.filter((session) => session.registrar === email).length;
    expect(registrars.filter((registrar) => sessionsOf(registrar.email) < 2 || sessionsOf(registrar.email) > 4)).toEqual([]);
  });

  it.each<[string, (rota: RotaFile) => void, RegExp]>([
    ['a session at an office closed that day', (rota) => rota.sessions.push({ registrar: 'eleanor.wright@regflow.example', weekday: 3, part: 'morning', office: 'malvern', types: 'general' }), /Malvern is not open 09:00–12:30 on weekday 3/],
    ['two sessions of one registrar at once', (rota) => rota.sessions.push({ registrar: AMRIT, weekday: 1, part: 'morning', office: 'worcester', types: 'general' }), /overlaps sessions\[0\] of amrit\.kaur/],
    ['an office that does not exist', (rota) => rota.sessions.push({ registrar: AMRIT, weekday: 2, part: 'afternoon', office: 'pershore', types: 'general' }), /there is no office "pershore"/],
    ['someone who is not a registrar', (rota) => rota.sessions.push({ registrar: 'gareth.price@regflow.example', weekday: 2, part: 'morning', office: 'worcester', types: 'general' }), /gareth\.price@regflow\.example is not a registrar/],
    ['an unknown part of the day', (rota) => rota.sessions.push({ registrar: AMRIT, weekday: 2, part: 'evening', office: 'worcester', types: 'general' }), /there is no part "evening"/],
    ['a weekday out of range', (rota) => rota.sessions.push({ registrar: AMRIT, weekday: 8, part: 'morning', office: 'worcester', types: 'general' }), /weekday must not be greater than 7/],
    ['an appointment type that does not exist', (rota) => (rota.typeSets.general = ['birth', 'marriage']), /typeSets must map names to lists of/],
    ['a misspelt field', (rota) => (rota.sessions[0].ofice = 'worcester'), /property ofice should not exist/],
  ])('refuses %s, saying where', (_case, change, problem) => {
    changeRota(change);
    expect(() => loadDemoData(directory)).toThrow(expect.objectContaining({ code: 'invalid-demo-data', message: expect.stringMatching(problem) }));
  });
});
