namespace PartnerCenter.Licenses.Cli.SignIn;

/// <summary>How to get a Partner Center token: a given token, or an Azure.Identity sign-in.</summary>
/// <param name="Token">A bearer token given with <c>--token</c> or PARTNER_CENTER_TOKEN; null to sign in with <paramref name="Mode"/>.</param>
/// <param name="Mode">The sign-in when there is no token.</param>
/// <param name="TenantId">The Entra tenant (<c>--tenant</c>), for device code and Azure CLI sign-in.</param>
/// <param name="ClientId">The application (<c>--client-id</c>) for device code sign-in, or the user-assigned managed identity.</param>
internal sealed record SignInSettings(string? Token, AuthMode? Mode, string? TenantId, string? ClientId);
