using System.Text.Json;

namespace PartnerCenter.Peers.NSwag;

/// <summary>Hand-written next to NSwag's generated client (a partial of it).</summary>
public partial class NSwagPartnerCenterClient
{
    /// <summary>
    /// The options NSwag's generated client reads responses with, so that the deserialize-only benchmark reads exactly
    /// as the client does.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => _settings.Value;
}
