// kafkajs consuming a dataset's topic as the hub publishes it (KAFKA_BROKERS, TOPIC), keys and values decoded by
// @kafkajs/confluent-schema-registry with the hub's registry (REGISTRY_URL) as its only registry. Run by
// KafkaOutletIT once the hub has published the real Open Data Jabar file (EXPECTED_MESSAGES records); skipped
// without a broker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { Kafka, logLevel } from 'kafkajs';

const { KAFKA_BROKERS, REGISTRY_URL, TOPIC, EXPECTED_MESSAGES } = process.env;

/** Every message of the topic from its start, until `expected` have come, decoded; then the consumer leaves. */
async function consumeAll(expected) {
  const kafka = new Kafka({ clientId: 'satudata-hub-it', brokers: KAFKA_BROKERS.split(','), logLevel: logLevel.WARN });
  const registry = new SchemaRegistry({ host: REGISTRY_URL });
  const consumer = kafka.consumer({ groupId: `satudata-hub-it-${process.pid}-${Date.now()}` });
  const messages = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await new Promise((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => payload.restart || reject(payload.error));
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            messages.push({
              partition,
              seq: Number(message.headers['satudata.seq'].toString()),
              key: await registry.decode(message.key),
              value: message.value === null ? null : await registry.decode(message.value),
            });
            if (messages.length >= expected) {
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

describe('kafkajs consuming a topic the hub publishes', { skip: !KAFKA_BROKERS && 'no KAFKA_BROKERS', timeout: 120_000 }, () => {
  it('reads every record keyed by its key fields, each decoded through the hub registry', async () => {
    const expected = Number(EXPECTED_MESSAGES);
    const messages = await consumeAll(expected);

    assert.equal(messages.length, expected);
    assert.deepEqual(
      [...new Set(messages.map((message) => message.seq))].length,
      expected,
      'one message per change log sequence',
    );
    for (const { key, value } of messages) {
      assert.deepEqual(Object.keys(key), ['kode_kabupaten_kota', 'tahun']);
      assert.equal(value.kode_kabupaten_kota, key.kode_kabupaten_kota);
      assert.equal(value.tahun, key.tahun);
    }
    // Kabupaten Bogor in 2002: 451.3 thousand in the file, 451,300 people in the dataset
    const bogor = messages.find(({ key }) => key.kode_kabupaten_kota === '3201' && key.tahun === 2002);
    assert.equal(bogor.value.nama_kabupaten_kota, 'KABUPATEN BOGOR');
    assert.equal(bogor.value.jumlah_penduduk_miskin, 451300);
  });
});
