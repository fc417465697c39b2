// One person's contact fields (the consultant, the client's technician): the same fieldset, used twice.
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../core/messages';
import type { consultantFields } from '../../core/settings';
import type { ValidationError } from '../../core/validation-messages';
import { t } from '../../platform/i18n';
import { TextField } from './fields';

type ContactField = (typeof consultantFields)[number];

const labels: Record<ContactField, MessageKey> = {
  name: 'optionsName',
  phone: 'contactPhone',
  email: 'contactEmail',
  whatsapp: 'contactWhatsapp',
  website: 'contactWebsite',
  hours: 'contactHours',
};

const types: Record<ContactField, 'text' | 'email' | 'url' | 'tel'> = {
  name: 'text',
  phone: 'tel',
  email: 'email',
  whatsapp: 'tel',
  website: 'url',
  hours: 'text',
};

interface ContactFieldsetProps<F extends ContactField> {
  /** The setting: its fields' ids are `opt-<person>-<field>`, their errors `<person>.<field>`. */
  person: 'consultant' | 'technician';
  legend: string;
  fields: readonly F[];
  value: Record<F, string>;
  onChange: (value: Record<F, string>) => void;
  errorsFor: (field: string) => ValidationError[];
  managed: boolean;
  /** More fields of the same section, after the contact's. */
  children?: ComponentChildren;
}

export function ContactFieldset<F extends ContactField>({
  person,
  legend,
  fields,
  value,
  onChange,
  errorsFor,
  managed,
  children,
}: ContactFieldsetProps<F>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {fields.map((field) => (
        <TextField
          key={field}
          id={`opt-${person}-${field}`}
          label={t(labels[field])}
          type={types[field]}
          value={value[field]}
          onInput={(typed) => onChange({ ...value, [field]: typed })}
          errors={errorsFor(`${person}.${field}`)}
          managed={managed}
        />
      ))}
      {children}
    </fieldset>
  );
}
