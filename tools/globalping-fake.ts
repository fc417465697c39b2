// Globalping's measurement API on loopback, from its public spec (public/v1/spec.yaml, components/schemas.yaml in
// jsdelivr/globalping): POST /v1/measurements answers 202 with an id, GET /v1/measurements/{id} answers the
// measurement, `in-progress` on the first read and `finished` after, with one result per probe. CORS as the real API
// answers it (`*`, any header). What each host's probes find is the test's to say; every request is recorded.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** What the probes find for a host: every one answers, none, or some; or the API refuses (429, 422, 500). */
export type ProbeAnswer = 'up' | 'down' | 'mixed' | { status: number };

export interface GlobalpingFake {
  port: number;
  /** By target host; a host not listed finds every probe answering. */
  answers: Map<string, ProbeAnswer>;
  /** Every measurement created: its id and the body it was created with. */
  created: { id: string; body: Record<string, unknown> }[];
  close: () => void;
}

const cities = ['Milan', 'Rome', 'Turin'];
const networks = ['Fastweb SpA', 'Telecom Italia S.p.A.', 'Vodafone Italia S.p.A.'];

export async function startGlobalpingFake(): Promise<GlobalpingFake> {
  const answers = new Map<string, ProbeAnswer>();
  const created: GlobalpingFake['created'] = [];
  const reads = new Map<string, number>();
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': '*',
    'access-control-allow-methods': 'GET, POST',
  };
  const server = createServer({ key: fixture('test-only.key'), cert: fixture('test-only.crt') }, (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (req.method === 'POST' && path === '/v1/measurements') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
        const answer = answers.get(String(body.target)) ?? 'up';
        if (typeof answer === 'object') {
          json(answer.status, { error: { type: answer.status === 429 ? 'rate_limit_exceeded' : 'validation_error' } });
          return;
        }
        const id = `fake${created.length + 1}${Math.random().toString(36).slice(2, 10)}`;
        created.push({ id, body });
        json(202, { id, probesCount: 3 });
        return;
      }
      const match = path.match(/^\/v1\/measurements\/([\w-]+)$/);
      const measurement = match ? created.find((m) => m.id === match[1]) : undefined;
      if (req.method === 'GET' && measurement) {
        const read = (reads.get(measurement.id) ?? 0) + 1;
        reads.set(measurement.id, read);
        const answer = answers.get(String(measurement.body.target)) ?? 'up';
        const finished = read > 1;
        json(200, {
          id: measurement.id,
          type: 'ping',
          status: finished ? 'finished' : 'in-progress',
          target: measurement.body.target,
          probesCount: 3,
          results: cities.map((city, i) => {
            const answered = answer === 'up' || (answer === 'mixed' && i === 0);
            return {
              probe: {
                continent: 'EU',
                region: 'Southern Europe',
                country: 'IT',
                city,
                asn: 12874 + i,
                network: networks[i],
                tags: [],
                resolvers: [],
              },
              result: finished
                ? {
                    status: 'finished',
                    rawOutput: '',
                    resolvedAddress: '127.0.0.1',
                    resolvedHostname: measurement.body.target,
                    stats: {
                      min: answered ? 12 : null,
                      avg: answered ? 14 : null,
                      max: answered ? 16 : null,
                      total: 3,
                      rcv: answered ? 3 : 0,
                      drop: answered ? 0 : 3,
                      loss: answered ? 0 : 100,
                    },
                    timings: [],
                  }
                : { status: 'in-progress', rawOutput: '' },
            };
          }),
        });
        return;
      }
      json(404, { error: { type: 'not_found' } });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    answers,
    created,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
