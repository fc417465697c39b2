// The managed schema Chrome and Edge read (chrome://policy shows and checks it), derived from the settings table
// (the provider schema included): written into the build by wxt.config.ts, never kept by hand. No enums: Chrome drops a
// whole key for one value outside an enum, while our validator keeps the rest and says what is wrong.
import type * as v from 'valibot';
import { type SettingRow, settingsTable } from './settings';

type JsonSchema = {
  type: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  /** Chrome masks the value in chrome://policy (components/policy/core/common/schema.h, MaskSensitiveValues). */
  sensitiveValue?: boolean;
};

/** The JSON Schema type of a valibot schema, for the few kinds the settings use. */
function fromValibot(schema: v.GenericSchema): JsonSchema {
  const s = schema as v.GenericSchema & {
    wrapped?: v.GenericSchema;
    item?: v.GenericSchema;
    entries?: Record<string, v.GenericSchema>;
    pipe?: readonly { type: string }[];
  };
  switch (s.type) {
    case 'optional':
      return fromValibot(s.wrapped as v.GenericSchema);
    case 'array':
      return { type: 'array', items: fromValibot(s.item as v.GenericSchema) };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(s.entries ?? {}).map(([k, e]) => [k, fromValibot(e)])),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: s.pipe?.some((a) => a.type === 'integer') ? 'integer' : 'number' };
    default:
      return { type: 'string' };
  }
}

function keySchema(r: SettingRow): JsonSchema {
  switch (r.kind) {
    case 'providerIds':
      return { type: 'array', items: { type: 'string' } };
    default:
      return fromValibot(r.schema);
  }
}

/** The managed schema of a settings table: every key with its type and description. */
export function managedSchema(table: Readonly<Record<string, SettingRow>> = settingsTable): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(table).map(([key, r]) => [
        key,
        { ...keySchema(r), description: r.description, ...(r.sensitive ? { sensitiveValue: true } : {}) },
      ]),
    ),
  };
}
