using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli.SignIn;

/// <summary>The Azure.Identity credential for each <see cref="AuthMode"/>; the device code prompt goes to stderr.</summary>
internal static class AzureIdentityCredentials
{
    public static TokenCredential Create(AuthMode mode, string? tenantId, string? clientId, StderrLines stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        switch (mode)
        {
            case AuthMode.DeviceCode:
                var deviceCode = new DeviceCodeCredentialOptions
                {
                    TenantId = tenantId,
                    DeviceCodeCallback = (code, _) =>
                    {
                        stderr.WriteLine(code.Message);
                        return Task.CompletedTask;
                    },
                };
                if (clientId is not null)
                {
                    deviceCode.ClientId = clientId;
                }

                return new DeviceCodeCredential(deviceCode);
            case AuthMode.Environment:
                return new EnvironmentCredential();
            case AuthMode.AzureCli:
                return new AzureCliCredential(new AzureCliCredentialOptions { TenantId = tenantId });
            case AuthMode.ManagedIdentity:
                return new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown sign-in mode.");
        }
    }
}
