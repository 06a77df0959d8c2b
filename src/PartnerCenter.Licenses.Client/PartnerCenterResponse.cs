using PartnerCenter.Licenses.Http;

namespace PartnerCenter.Licenses;

/// <summary>
/// What Partner Center's support asks for about a call that succeeded, as <see cref="PartnerCenterException"/> gives it
/// for one that failed.
/// </summary>
public partial class PartnerCenterResponse
{
    /// <summary>The <c>MS-RequestId</c> of the request, as echoed by the service, or as sent.</summary>
    public string? RequestId => ServiceHeaders.Find(Headers, RequestHeaders, ServiceHeaders.RequestId);

    /// <summary>The <c>MS-CorrelationId</c> of the request, as echoed by the service, or as sent.</summary>
    public string? CorrelationId => ServiceHeaders.Find(Headers, RequestHeaders, ServiceHeaders.CorrelationId);

    /// <summary>The <c>MS-CV</c> correlation vector the service answered with, if any.</summary>
    public string? CorrelationVector => ServiceHeaders.Find(Headers, RequestHeaders, ServiceHeaders.CorrelationVector);

    /// <summary>The <c>MS-ServerId</c> of the server that answered, if it said.</summary>
    public string? ServerId => ServiceHeaders.First(Headers, ServiceHeaders.ServerId);
}
