// @kafkajs/confluent-schema-registry against the hub's registry (REGISTRY_URL) as its only registry. The client
// registers, finds ids and encodes/decodes; what it lacks (compatibility checks, reading and setting config, error
// codes, deletes) is asked of the same registry over plain HTTP, each place saying so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AvroDeserializer, SchemaRegistryClient, SerdeType, SubjectNameStrategyType } from '@confluentinc/schemaregistry';
import { COMPATIBILITY, SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import {
  BOGOR_2020,
  PENDUDUK_BROKEN,
  PENDUDUK_V1,
  PENDUDUK_V2,
  REGISTRY_URL,
  assertRegistryError,
  assertSameAvro,
  registryCall,
  segment,
  subjectName,
  topicName,
} from '../lib/registry-fixtures.js';

// A fresh client where its cache (schemas by id, latest ids) could otherwise answer in place of the hub.
const client = () => new SchemaRegistry({ host: REGISTRY_URL });
const avro = (schema) => ({ type: SchemaType.AVRO, schema: JSON.stringify(schema) });
const subject = (name) => subjectName('kafkajs', name);

/** Asserts the call fails as this client reports a registry's answer: an error with the HTTP status. */
async function assertStatus(call, status) {
  await assert.rejects(call, (error) => {
    assert.equal(error.status, status, `${error.name}: ${error.message}`);
    return true;
  });
}

describe('@kafkajs/confluent-schema-registry against the hub', { timeout: 60_000 }, () => {
  it('registers a schema as a first registration: no subject config (404 40408), then sets BACKWARD', async () => {
    const penduduk = subject('register');
    // register() reads the subject's config first and takes a 404 as "first registration"
    assertRegistryError(await registryCall('GET', `/config/${segment(penduduk)}`), 404, 40408);

    const { id } = await client().register(avro(PENDUDUK_V1), { subject: penduduk });

    assert.ok(Number.isInteger(id) && id > 0, `id ${id}`);
    // ... and then sets the compatibility it was given (BACKWARD unless told otherwise) on the subject
    const config = await registryCall('GET', `/config/${segment(penduduk)}`);
    assert.equal(config.status, 200, JSON.stringify(config.body));
    assert.equal(config.body.compatibilityLevel, COMPATIBILITY.BACKWARD);
    assert.equal((await client().register(avro(PENDUDUK_V1), { subject: penduduk })).id, id);
  });

  it('refuses to register under a subject whose config differs from the one asked for', async () => {
    const penduduk = subject('config');
    await client().register(avro(PENDUDUK_V1), { subject: penduduk });

    await assert.rejects(
      client().register(avro(PENDUDUK_V2), { subject: penduduk, compatibility: COMPATIBILITY.FULL }),
      { name: 'ConfluentSchemaRegistryCompatibilityError' },
    );
  });

  it('gets a schema by id, the latest id, a version id and an id by lookup', async () => {
    const penduduk = subject('ids');
    const v1 = (await client().register(avro(PENDUDUK_V1), { subject: penduduk })).id;
    const v2 = (await client().register(avro(PENDUDUK_V2), { subject: penduduk })).id;

    const schema = await client().getSchema(v2);
    assert.equal(schema.name, `${PENDUDUK_V2.namespace}.${PENDUDUK_V2.name}`);
    assert.deepEqual(
      schema.fields.map((field) => field.name),
      PENDUDUK_V2.fields.map((field) => field.name),
    );
    assert.equal(await client().getLatestSchemaId(penduduk), v2);
    assert.equal(await client().getRegistryId(penduduk, 1), v1);
    assert.equal(await client().getRegistryId(penduduk, 'latest'), v2);
    assert.equal(await client().getRegistryIdBySchema(penduduk, avro(PENDUDUK_V1)), v1);
    await assert.rejects(client().getRegistryIdBySchema(penduduk, avro(PENDUDUK_BROKEN)), {
      name: 'ConfluentSchemaRegistryError',
    });
  });

  it('encodes a record that it, a reader schema and the Confluent client decode', async () => {
    const topic = topicName('kafkajs', 'serde');
    const { id } = await client().register(avro(PENDUDUK_V1), { subject: `${topic}-value` });

    const bytes = await client().encode(id, BOGOR_2020);

    assert.equal(bytes[0], 0, 'magic byte');
    assert.equal(bytes.readInt32BE(1), id, 'big-endian schema id');
    assert.deepEqual({ ...(await client().decode(bytes)) }, BOGOR_2020);
    const asV2 = await client().decode(bytes, { [SchemaType.AVRO]: { readerSchema: PENDUDUK_V2 } });
    assert.deepEqual({ ...asV2 }, { ...BOGOR_2020, jumlah: 0 });
    const confluent = new AvroDeserializer(
      new SchemaRegistryClient({ baseURLs: [REGISTRY_URL] }),
      SerdeType.VALUE,
      { subjectNameStrategyType: SubjectNameStrategyType.TOPIC },
    );
    assert.deepEqual({ ...(await confluent.deserialize(topic, bytes)) }, BOGOR_2020);
  });

  it('checks compatibility over plain HTTP, which this client cannot: compatible, incompatible, verbose', async () => {
    const penduduk = subject('compatibility');
    await client().register(avro(PENDUDUK_V1), { subject: penduduk });
    const path = `/compatibility/subjects/${segment(penduduk)}/versions/latest?verbose=true`;

    const compatible = await registryCall('POST', path, { schema: JSON.stringify(PENDUDUK_V2) });
    const broken = await registryCall('POST', path, { schema: JSON.stringify(PENDUDUK_BROKEN) });

    assert.equal(compatible.status, 200, JSON.stringify(compatible.body));
    assert.equal(compatible.body.is_compatible, true);
    assert.equal(broken.status, 200, JSON.stringify(broken.body));
    assert.equal(broken.body.is_compatible, false);
    assert.ok(broken.body.messages?.length > 0, `reasons in ${JSON.stringify(broken.body)}`);
  });

  it('is refused an incompatible schema with 409, whose body says 40901', async () => {
    const penduduk = subject('incompatible');
    await client().register(avro(PENDUDUK_V1), { subject: penduduk });

    await assertStatus(client().register(avro(PENDUDUK_BROKEN), { subject: penduduk }), 409);
    // the client's error keeps the status and message, not the error code: the same request over plain HTTP
    const again = await registryCall('POST', `/subjects/${segment(penduduk)}/versions`, {
      schema: JSON.stringify(PENDUDUK_BROKEN),
    });
    assertRegistryError(again, 409, 40901);
  });

  it('stops finding a subject deleted softly, then permanently, over plain HTTP (this client cannot delete)', async () => {
    const penduduk = subject('delete');
    const { id } = await client().register(avro(PENDUDUK_V1), { subject: penduduk });
    const path = `/subjects/${segment(penduduk)}`;

    const soft = await registryCall('DELETE', path);
    assert.equal(soft.status, 200, JSON.stringify(soft.body));
    assert.deepEqual(soft.body, [1]);
    await assertStatus(client().getLatestSchemaId(penduduk), 404);
    assert.ok(await client().getSchema(id), 'a soft-deleted version keeps its schema id');
    const permanent = await registryCall('DELETE', `${path}?permanent=true`);
    assert.equal(permanent.status, 200, JSON.stringify(permanent.body));
    assert.deepEqual(permanent.body, [1]);
    assertRegistryError(await registryCall('GET', `${path}/versions`), 404, 40401);
  });
});
