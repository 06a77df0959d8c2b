namespace PartnerCenter.Licenses;

/// <summary>
/// Where <see cref="PartnerCenterClient"/> reports its telemetry: one span per call (OpenTelemetry HTTP client attributes
/// and the operation id) on the ActivitySource, and the duration of each call on the Meter's
/// <c>openapi.client.operation.duration</c> histogram, both named <see cref="Name"/>. With OpenTelemetry:
/// <c>.WithTracing(t =&gt; t.AddSource(PartnerCenterTelemetry.Name)).WithMetrics(m =&gt; m.AddMeter(PartnerCenterTelemetry.Name))</c>.
/// Nothing is recorded, and nothing allocated for it, while nobody listens.
/// </summary>
public static class PartnerCenterTelemetry
{
    /// <summary>The name of the client's ActivitySource and Meter (its namespace).</summary>
    public const string Name = "PartnerCenter.Licenses";

    /// <summary>The name of the histogram of call durations, in seconds.</summary>
    public const string DurationHistogram = "openapi.client.operation.duration";
}
