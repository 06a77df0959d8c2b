using System;
using System.Collections.Generic;

namespace PartnerCenter.Licenses;

/// <summary>Partner Center settings, added to the generated options (which hold <c>BaseAddress</c>).</summary>
public partial class PartnerCenterClientOptions
{
    /// <summary>The scope of a Partner Center access token.</summary>
    public const string DefaultScope = "https://api.partnercenter.microsoft.com/.default";

    /// <summary>The <c>X-Locale</c> header: the language of localized text in responses. Defaults to <c>en-US</c>.</summary>
    public string Locale { get; set; } = "en-US";

    /// <summary>The <c>MS-PartnerCenter-Client</c> header: the name of the calling application, shown in Partner Center diagnostics.</summary>
    public string ApplicationName { get; set; } = "PartnerCenter.Licenses.Client";

    /// <summary>
    /// The <c>MS-CorrelationId</c> header, which ties the requests of one logical session together in Partner Center logs.
    /// Defaults to a new id per options instance (so, per registered client).
    /// </summary>
    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    /// <summary>The scopes requested from the token credential.</summary>
    public IList<string> Scopes { get; } = new List<string> { DefaultScope };
}
