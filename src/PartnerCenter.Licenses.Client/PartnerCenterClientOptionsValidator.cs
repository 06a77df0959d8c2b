using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;
using PartnerCenter.Licenses.Http;

namespace PartnerCenter.Licenses;

/// <summary>
/// Refuses settings that would leak the token or corrupt requests, when they are made rather than on the wire: a base
/// address that is not HTTPS (or HTTP to this machine), and header settings that are empty or hold characters a header
/// value cannot carry.
/// </summary>
internal sealed class PartnerCenterClientOptionsValidator : IValidateOptions<PartnerCenterClientOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PartnerCenterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> for <paramref name="parameterName"/> listing every problem of <paramref name="options"/>.</summary>
    public static void ThrowIfInvalid(PartnerCenterClientOptions options, string parameterName)
    {
        var problems = Problems(options).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), parameterName);
        }
    }

    /// <summary>What is wrong with <paramref name="options"/>, one sentence or two per setting, naming the setting.</summary>
    public static IEnumerable<string> Problems(PartnerCenterClientOptions options)
    {
        if (options.BaseAddress is { } address && !BearerTokenTransport.Allows(address))
        {
            yield return BearerTokenTransport.Refusal(address, "PartnerCenterClientOptions.BaseAddress");
        }

        foreach (var problem in new[] { LocaleProblem(options), ApplicationNameProblem(options) })
        {
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    /// <summary>Why the locale cannot be sent, or null.</summary>
    public static string? LocaleProblem(PartnerCenterClientOptions options)
        => HeaderValue.Problem(options.Locale, "PartnerCenterClientOptions.Locale", PartnerCenterRequestHandler.LocaleHeader);

    /// <summary>Why the application name cannot be sent, or null.</summary>
    public static string? ApplicationNameProblem(PartnerCenterClientOptions options)
        => HeaderValue.Problem(options.ApplicationName, "PartnerCenterClientOptions.ApplicationName", PartnerCenterRequestHandler.ClientHeader);
}
