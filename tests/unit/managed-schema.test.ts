// The managed schema (public/managed_schema.json, what Chrome and Edge show and check in chrome://policy) against
// the one validator: every key the validator accepts is in the schema, and nothing else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerSchema } from '../../core/provider';
import { settingsKeys } from '../../core/settings';
import { consultantFields, technicianFields } from '../../core/settings-form';

type SchemaNode = { type: string; properties?: Record<string, SchemaNode>; items?: SchemaNode };
const schema = JSON.parse(readFileSync(resolve('public/managed_schema.json'), 'utf8')) as SchemaNode;
const keys = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {}).sort();

describe('managed schema', () => {
  it('has exactly the settings keys', () => {
    expect(keys(schema)).toEqual([...settingsKeys].sort());
  });

  it("has exactly the consultant's and the technician's fields", () => {
    expect(keys(schema.properties?.consultant)).toEqual([...consultantFields].sort());
    expect(keys(schema.properties?.technician)).toEqual([...technicianFields].sort());
  });

  it("has exactly a custom provider's fields", () => {
    expect(keys(schema.properties?.customProviders?.items)).toEqual(Object.keys(providerSchema.entries).sort());
  });
});
