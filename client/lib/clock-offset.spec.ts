import { ClockSample, estimateClockOffset, measureClockOffset, offsetLooksStale, offsetOf, roundTripOf } from './clock-offset';

const sample = (t0: number, serverNow: number, t1: number): ClockSample => ({ t0, serverNow, t1 });

describe('clock offset', () => {
  it('reads one sample as serverNow minus the midpoint of the round trip', () => {
    expect(offsetOf(sample(1000, 5050, 1100))).toBe(4000);
    expect(roundTripOf(sample(1000, 5050, 1100))).toBe(100);
  });

  it('keeps the samples with the smallest round trip', () => {
    const samples = [
      sample(0, 10_010, 20), // rtt 20, offset 10 000
      sample(100, 10_400, 700), // rtt 600, offset 10 000 - 0: delayed reply, misleading
      sample(1000, 11_005, 1010), // rtt 10, offset 10 000
      sample(2000, 13_500, 3000), // rtt 1000, offset 11 000
    ];
    expect(estimateClockOffset(samples, 2)).toEqual({ offsetMs: 10_000, roundTripMs: 10, samples: 2 });
  });

  it('averages the offsets of the samples it keeps', () => {
    const estimate = estimateClockOffset([sample(0, 110, 20), sample(100, 220, 120)], 2);
    expect(estimate?.offsetMs).toBe(105);
  });

  it('handles a server clock years behind the local one', () => {
    const serverNow = Date.UTC(2021, 6, 26, 14, 0, 0);
    const local = Date.UTC(2025, 0, 1);
    const estimate = estimateClockOffset([sample(local, serverNow + 5, local + 10)]);
    expect(estimate?.offsetMs).toBe(serverNow - local);
  });

  it('ignores samples whose reply came before the request', () => {
    expect(estimateClockOffset([sample(100, 50, 90)])).toBeNull();
    expect(estimateClockOffset([sample(100, Number.NaN, 110)])).toBeNull();
  });

  it('gives null without samples', () => {
    expect(estimateClockOffset([])).toBeNull();
  });

  it('measures by sequential pings and leaves failed ones out', async () => {
    let local = 1000;
    const now = () => local;
    let call = 0;
    const ping = async (t0: number) => {
      call += 1;
      if (call === 2) throw new Error('lost');
      local += call === 3 ? 400 : 10; // the third ping is slow
      return t0 + 5 + 60_000;
    };
    const estimate = await measureClockOffset(ping, now, 4, 2);
    expect(call).toBe(4);
    expect(estimate).toEqual({ offsetMs: 60_000, roundTripMs: 10, samples: 2 });
  });

  it('gives null when every ping fails', async () => {
    await expect(measureClockOffset(() => Promise.reject(new Error('down')), Date.now, 3)).resolves.toBeNull();
  });

  it('accepts a pushed serverNow that the one-way delay explains', () => {
    expect(offsetLooksStale(1000, 11_000, 10_000)).toBe(false);
    expect(offsetLooksStale(1000, 10_900, 10_000)).toBe(false);
  });

  it('calls for a new measurement when the server clock jumped', () => {
    expect(offsetLooksStale(1000, 11_000 + 170_000, 10_000)).toBe(true);
    expect(offsetLooksStale(1000, 11_000 - 60_000, 10_000)).toBe(true);
  });
});
