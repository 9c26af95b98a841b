// What both client scripts share: the registry under test (REGISTRY_URL, the hub's /registry), subject names
// unique to this run, the schemas, and plain HTTP for what a client does not expose.
import assert from 'node:assert/strict';

export const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

export const REGISTRY_URL = (() => {
  const url = process.env.REGISTRY_URL;
  if (!url) {
    throw new Error('Set REGISTRY_URL to the registry under test, e.g. http://localhost:8080/registry');
  }
  return url.replace(/\/+$/, '');
})();

const RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;

/** A topic of this run: its value subject is `${topic}-value`, as Confluent's TopicNameStrategy names it. */
export function topicName(client, name) {
  return `it-${RUN}-${client}-${name}`;
}

export function subjectName(client, name) {
  return `${topicName(client, name)}-value`;
}

export const PENDUDUK_V1 = {
  type: 'record',
  name: 'Penduduk',
  namespace: 'id.satudata.it',
  fields: [
    { name: 'kode_wilayah', type: 'string' },
    { name: 'tahun', type: 'int' },
  ],
};

/** V1 and a field with a default: BACKWARD compatible, a reader of V2 reads what V1 wrote. */
export const PENDUDUK_V2 = {
  ...PENDUDUK_V1,
  fields: [...PENDUDUK_V1.fields, { name: 'jumlah', type: 'long', default: 0 }],
};

/** V1 with `tahun` as a string: Avro does not promote int to string, so not BACKWARD compatible. */
export const PENDUDUK_BROKEN = {
  ...PENDUDUK_V1,
  fields: [PENDUDUK_V1.fields[0], { name: 'tahun', type: 'string' }],
};

export const BOGOR_2020 = { kode_wilayah: '3201', tahun: 2020 };

/** A call the clients cannot make, straight to the same registry: status and parsed JSON body. */
export async function registryCall(method, path, body) {
  const response = await fetch(REGISTRY_URL + path, {
    method,
    headers: body === undefined ? { Accept: CONTENT_TYPE } : { Accept: CONTENT_TYPE, 'Content-Type': CONTENT_TYPE },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    assert.fail(`${method} ${path} answered ${response.status} with a body that is not JSON: ${text}`);
  }
  return { status: response.status, body: json };
}

/** Asserts a Confluent error answer: the HTTP status and the body's error_code. */
export function assertRegistryError(answer, status, errorCode) {
  assert.equal(answer.status, status, `status of ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body?.error_code, errorCode, `error_code of ${JSON.stringify(answer.body)}`);
  assert.equal(typeof answer.body.message, 'string');
}

/** The subject's path segment, as the clients encode it. */
export function segment(subject) {
  return encodeURIComponent(subject);
}

/** The same Avro record schema: full name and fields, whatever the registry did to whitespace or key order. */
export function assertSameAvro(actual, expected) {
  const parsed = typeof actual === 'string' ? JSON.parse(actual) : actual;
  assert.equal(fullName(parsed), fullName(expected));
  assert.deepEqual(
    parsed.fields.map((field) => [field.name, field.type]),
    expected.fields.map((field) => [field.name, field.type]),
  );
}

function fullName(schema) {
  return schema.name.includes('.') || !schema.namespace ? schema.name : `${schema.namespace}.${schema.name}`;
}
