using System.Text.Json.Serialization;

namespace PartnerCenter.Peers.Baselines;

/// <summary>System.Text.Json's source generator over the hand-written classes: camelCase names, nulls left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UsageResponse))]
[JsonSerializable(typeof(UsageItem))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
