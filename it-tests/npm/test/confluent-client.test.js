// Confluent's own JavaScript client, @confluentinc/schemaregistry, against the hub's registry (REGISTRY_URL) as its
// only registry. Each test has subjects of its own, and a fresh client where the client's caches could otherwise
// answer in place of the hub.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AvroDeserializer,
  AvroSerializer,
  Compatibility,
  RestError,
  SchemaRegistryClient,
  SerdeType,
  SubjectNameStrategyType,
} from '@confluentinc/schemaregistry';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import {
  BOGOR_2020,
  PENDUDUK_BROKEN,
  PENDUDUK_V1,
  PENDUDUK_V2,
  REGISTRY_URL,
  assertSameAvro,
  registryCall,
  segment,
  subjectName,
  topicName,
} from '../lib/registry-fixtures.js';

const client = () => new SchemaRegistryClient({ baseURLs: [REGISTRY_URL] });
const avro = (schema) => ({ schemaType: 'AVRO', schema: JSON.stringify(schema) });
const subject = (name) => subjectName('confluent', name);
// The default ASSOCIATED strategy asks the registry for topic associations first; TOPIC names `${topic}-value` only.
const SERDE_CONFIG = { subjectNameStrategyType: SubjectNameStrategyType.TOPIC };

/** Asserts the call fails as the client reports a registry error: a RestError with status and error code. */
async function assertRestError(call, status, errorCode) {
  await assert.rejects(call, (error) => {
    assert.ok(error instanceof RestError, `expected a RestError, got ${error}`);
    assert.equal(error.status, status, error.message);
    assert.equal(error.errorCode, errorCode, error.message);
    return true;
  });
}

describe('@confluentinc/schemaregistry against the hub', { timeout: 60_000 }, () => {
  it('registers a schema, finds the same id when registering it again, and gets it by id', async () => {
    const penduduk = subject('register');
    const id = await client().register(penduduk, avro(PENDUDUK_V1));

    assert.ok(Number.isInteger(id) && id > 0, `id ${id}`);
    assert.equal(await client().register(penduduk, avro(PENDUDUK_V1)), id);
    assertSameAvro((await client().getBySubjectAndId(penduduk, id)).schema, PENDUDUK_V1);
  });

  it('reads the latest version, one version and the list of versions', async () => {
    const penduduk = subject('versions');
    const registry = client();
    const v1 = await registry.register(penduduk, avro(PENDUDUK_V1));
    const v2 = await registry.register(penduduk, avro(PENDUDUK_V2));

    const latest = await registry.getLatestSchemaMetadata(penduduk);
    assert.equal(latest.subject, penduduk);
    assert.equal(latest.version, 2);
    assert.equal(latest.id, v2);
    assertSameAvro(latest.schema, PENDUDUK_V2);
    assert.equal((await registry.getSchemaMetadata(penduduk, 1)).id, v1);
    assert.deepEqual(await registry.getAllVersions(segment(penduduk)), [1, 2]);
  });

  it('looks up the id and version of a registered schema, and answers 404 40403 for one the subject lacks', async () => {
    const penduduk = subject('lookup');
    const id = await client().register(penduduk, avro(PENDUDUK_V1));

    assert.equal(await client().getId(penduduk, avro(PENDUDUK_V1)), id);
    assert.equal(await client().getVersion(penduduk, avro(PENDUDUK_V1)), 1);
    await assertRestError(client().getId(penduduk, avro(PENDUDUK_V2)), 404, 40403);
  });

  it('encodes a record with AvroSerializer that AvroDeserializer and the kafkajs client decode', async () => {
    const topic = topicName('confluent', 'serde');
    const id = await client().register(`${topic}-value`, avro(PENDUDUK_V1));
    const serializer = new AvroSerializer(client(), SerdeType.VALUE, { useLatestVersion: true, ...SERDE_CONFIG });

    const bytes = await serializer.serialize(topic, BOGOR_2020);

    assert.equal(bytes[0], 0, 'magic byte');
    assert.equal(bytes.readInt32BE(1), id, 'big-endian schema id');
    const deserializer = new AvroDeserializer(client(), SerdeType.VALUE, SERDE_CONFIG);
    assert.deepEqual({ ...(await deserializer.deserialize(topic, bytes)) }, BOGOR_2020);
    // the other client fetches the writer's schema by id from the hub too
    assert.deepEqual({ ...(await new SchemaRegistry({ host: REGISTRY_URL }).decode(bytes)) }, BOGOR_2020);
  });

  it('checks compatibility: a compatible and an incompatible schema, with reasons when verbose', async () => {
    const penduduk = subject('compatibility');
    const registry = client();
    await registry.register(penduduk, avro(PENDUDUK_V1));
    assert.equal(await registry.updateCompatibility(penduduk, Compatibility.BACKWARD), Compatibility.BACKWARD);

    assert.equal(await registry.testSubjectCompatibility(penduduk, avro(PENDUDUK_V2)), true);
    assert.equal(await registry.testSubjectCompatibility(penduduk, avro(PENDUDUK_BROKEN)), false);
    assert.equal(await registry.testCompatibility(penduduk, 1, avro(PENDUDUK_BROKEN)), false);

    // The client has no verbose flag: the same checks over plain HTTP, against the latest version and, without a
    // version, as registering would check (the form the hub's Java client uses).
    for (const versions of ['versions/latest', 'versions']) {
      const path = `/compatibility/subjects/${segment(penduduk)}/${versions}?verbose=true`;
      const broken = await registryCall('POST', path, avro(PENDUDUK_BROKEN));
      assert.equal(broken.status, 200, JSON.stringify(broken.body));
      assert.equal(broken.body.is_compatible, false);
      assert.ok(broken.body.messages?.length > 0, `reasons in ${JSON.stringify(broken.body)}`);
      const compatible = await registryCall('POST', path, avro(PENDUDUK_V2));
      assert.equal(compatible.status, 200, JSON.stringify(compatible.body));
      assert.equal(compatible.body.is_compatible, true);
    }
  });

  it('refuses to register an incompatible schema with 409 and error code 40901', async () => {
    const penduduk = subject('incompatible');
    const registry = client();
    await registry.register(penduduk, avro(PENDUDUK_V1));
    await registry.updateCompatibility(penduduk, Compatibility.BACKWARD);

    await assertRestError(registry.register(penduduk, avro(PENDUDUK_BROKEN)), 409, 40901);
    assert.deepEqual(await registry.getAllVersions(segment(penduduk)), [1]);
  });

  it('gets and sets compatibility, with 404 40408 for a subject without its own', async () => {
    const penduduk = subject('config');
    const registry = client();
    await registry.register(penduduk, avro(PENDUDUK_V1));

    await assertRestError(registry.getCompatibility(penduduk), 404, 40408);
    assert.ok(Object.values(Compatibility).includes(await registry.getDefaultCompatibility()));
    assert.equal(
      await registry.updateCompatibility(penduduk, Compatibility.FULL_TRANSITIVE),
      Compatibility.FULL_TRANSITIVE,
    );
    assert.equal(await client().getCompatibility(penduduk), Compatibility.FULL_TRANSITIVE);
  });

  it('soft-deletes a subject, then deletes it permanently, and never permanently first', async () => {
    const penduduk = subject('delete');
    const registry = client();
    await registry.register(penduduk, avro(PENDUDUK_V1));
    await registry.register(penduduk, avro(PENDUDUK_V2));

    await assertRestError(registry.deleteSubject(penduduk, true), 404, 40405);
    assert.deepEqual(await registry.deleteSubject(penduduk), [1, 2]);
    await assertRestError(client().getLatestSchemaMetadata(penduduk), 404, 40401);
    await assertRestError(registry.getAllVersions(segment(penduduk)), 404, 40401);
    assert.deepEqual(await registry.deleteSubject(penduduk, true), [1, 2]);
    await assertRestError(registry.deleteSubject(penduduk, true), 404, 40401);
  });
});
