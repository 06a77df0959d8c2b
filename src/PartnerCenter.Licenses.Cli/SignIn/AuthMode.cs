namespace PartnerCenter.Licenses.Cli.SignIn;

/// <summary>How the tool signs in to Partner Center (<c>--auth</c>).</summary>
internal enum AuthMode
{
    /// <summary>A person signs in in a browser with a code the tool prints (Azure.Identity DeviceCodeCredential).</summary>
    DeviceCode,

    /// <summary>A service principal from AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (EnvironmentCredential).</summary>
    Environment,

    /// <summary>The account signed in to the Azure CLI (<c>az login</c>; AzureCliCredential).</summary>
    AzureCli,

    /// <summary>The managed identity of the Azure resource the tool runs on (ManagedIdentityCredential).</summary>
    ManagedIdentity,
}
