using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// What an application with OpenTelemetry turns on: an <see cref="ActivityListener"/> recording every span of the
/// client's ActivitySource, and a <see cref="MeterListener"/> taking every measurement of its Meter. Disposing stops both.
/// </summary>
public sealed class TelemetryListeners : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    private TelemetryListeners()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PartnerCenterTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == PartnerCenterTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _meters.Start();
    }

    public static IDisposable Start() => new TelemetryListeners();

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }
}
