// The managed schema (what Chrome and Edge show and check in chrome://policy) is generated from the settings table:
// every key the validator accepts is in it, with its type and a description, and nothing else.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { builtInProviders } from '../../core/catalogue/built-in';
import { providerSchema } from '../../core/catalogue/provider';
import { managedSchema } from '../../core/managed-schema';
import { flag, plainText } from '../../core/schemas';
import {
  consultantFields,
  type SettingRow,
  settingsKeys,
  settingsTable,
  technicianFields,
  validateSettings,
} from '../../core/settings';
import { settingsDefaults } from '../../core/settings-defaults';

type SchemaNode = { type: string; description?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode };
const schema = managedSchema() as SchemaNode;
const keys = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {}).sort();
const ids = builtInProviders.map((p) => p.id);

describe('managed schema', () => {
  it('has exactly the settings keys, each with a description', () => {
    expect(keys(schema)).toEqual([...settingsKeys].sort());
    for (const key of settingsKeys) expect(schema.properties?.[key]?.description, key).toMatch(/\w{3,}/);
  });

  it("has exactly the consultant's and the technician's fields", () => {
    expect(keys(schema.properties?.consultant)).toEqual([...consultantFields].sort());
    expect(keys(schema.properties?.technician)).toEqual([...technicianFields].sort());
  });

  it("has exactly a custom provider's fields, with their types", () => {
    const item = schema.properties?.customProviders?.items;
    expect(keys(item)).toEqual(Object.keys(providerSchema.entries).sort());
    expect(item?.properties?.pec?.type).toBe('boolean');
    expect(item?.properties?.imap?.items?.properties?.port?.type).toBe('integer');
    expect(item?.properties?.domains).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('types each key as the validator reads it', () => {
    expect(schema.properties?.lockProvider?.type).toBe('boolean');
    expect(schema.properties?.detection?.type).toBe('boolean');
    expect(schema.properties?.hiddenProviders).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.properties?.clientName?.type).toBe('string');
  });
});

describe('the settings table is the one place a key lives', () => {
  // One valid value per key, round-tripped through the validator unchanged.
  const valid: Record<string, unknown> = {
    provider: 'aruba',
    lockProvider: true,
    consultant: { name: 'Studio Bianchi', phone: '+39 055 123456', email: 'a@b.it', website: 'https://b.it/' },
    technician: { name: 'Marco', email: 'm@b.it' },
    customProviders: [{ id: 'studio', name: 'Webmail Studio', webmailUrl: 'https://webmail.studio.it/' }],
    hiddenProviders: ['aol'],
    detection: false,
    branding: { productName: 'Posta Sicura', color: '#0b57d0' },
    reportEmail: 'ticket@b.it',
    clientName: 'Rossi Srl',
    incidentFeedUrl: 'https://b.it/incidents.json',
    phoneCountryCode: '41',
    surface: 'popup',
    notify: { kind: 'ntfy', url: 'https://ntfy.sh/studio-bianchi', token: 'tk_abc123', auto: true },
    outsideChecks: false,
    neighbours: { url: 'https://ntfy.sh/studio-bianchi-vicini', token: 'tk_neighbours1' },
  };

  it('has a valid value here for every key, and each round-trips unchanged', () => {
    expect(Object.keys(valid).sort()).toEqual([...settingsKeys].sort());
    const { settings, errors } = validateSettings(valid, ids);
    expect(errors).toEqual([]);
    expect(settings).toEqual(valid);
  });

  it('a new key needs one table row: the validator, the type and the managed schema follow', () => {
    const table: Record<string, SettingRow> = {
      ...settingsTable,
      layout: { kind: 'plain', schema: v.picklist(['wide', 'narrow']), fallback: 'wide', description: 'How it looks.' },
      greeting: { kind: 'plain', schema: plainText(20), description: 'A word.' },
      beta: { kind: 'plain', schema: flag, description: 'A switch.' },
    };
    const { settings, errors } = validateSettings({ layout: 'narrow', greeting: 'Ciao', beta: 'yes' }, ids, table);
    expect(settings).toEqual({ layout: 'narrow', greeting: 'Ciao' });
    expect(errors.map((e) => e.path)).toEqual(['beta']);
    expect(managedSchema(table).properties?.layout).toEqual({ type: 'string', description: 'How it looks.' });
    expect(validateSettings({ layout: 'narrow' }, ids).errors.map((e) => e.code)).toEqual(['unknownSetting']);
  });

  it('has defaults only where a reader needs one, one home for them, and they pass the validator', () => {
    const defaults = Object.fromEntries(
      Object.entries(settingsTable).flatMap(([key, r]) => ('fallback' in r ? [[key, r.fallback]] : [])),
    );
    expect(defaults).toEqual(settingsDefaults);
    expect(Object.keys(defaults).sort()).toEqual([
      'customProviders',
      'detection',
      'hiddenProviders',
      'lockProvider',
      'outsideChecks',
      'phoneCountryCode',
      'surface',
    ]);
    const { errors } = validateSettings({ ...defaults, customProviders: undefined, hiddenProviders: undefined }, ids);
    expect(errors).toEqual([]);
  });
});
