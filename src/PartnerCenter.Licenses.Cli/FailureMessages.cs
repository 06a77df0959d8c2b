using System;
using System.Globalization;
using System.Net.Http;
using System.Text;

namespace PartnerCenter.Licenses.Cli;

/// <summary>One-line descriptions of what went wrong with a call, for people: what failed, where, and what to quote to support.</summary>
internal static class FailureMessages
{
    private const int MaxBodyExcerpt = 200;

    /// <summary>Partner Center answered with an error status, or with a body that could not be read.</summary>
    public static string ErrorResponse(PartnerCenterException exception, Uri baseAddress, Guid customerId)
    {
        var message = new StringBuilder();
        if (exception.Status is >= 200 and < 300)
        {
            // The generated message says which body failed to read and why.
            message.Append(CultureInfo.InvariantCulture, $"Partner Center at {baseAddress} sent a response the tool cannot read: {exception.Message}");
            return OneLine(message.ToString());
        }

        message.Append(CultureInfo.InvariantCulture, $"Partner Center at {baseAddress} answered {exception.Status} for customer {customerId}");
        if (exception.ErrorCode is { } code)
        {
            message.Append(CultureInfo.InvariantCulture, $": error {code}");
        }

        if (exception.ErrorDescription is { } description)
        {
            message.Append(exception.ErrorCode is null ? ": " : ", ").Append(description.Trim());
        }
        else if (!string.IsNullOrWhiteSpace(exception.ResponseBody))
        {
            var body = exception.ResponseBody.Trim();
            message.Append(": ").Append(body.Length > MaxBodyExcerpt ? body[..MaxBodyExcerpt] + "…" : body);
        }

        message.Append(CultureInfo.InvariantCulture, $" (request id {exception.RequestId ?? "none"}, correlation id {exception.CorrelationId ?? "none"}).");
        if (exception.Status == 401)
        {
            message.Append(CultureInfo.InvariantCulture, $" Check the token (--token or {CliApp.TokenEnvironmentVariable}).");
        }

        return OneLine(message.ToString());
    }

    /// <summary>No connection could be made, or it broke.</summary>
    public static string Unreachable(HttpRequestException exception, Uri baseAddress)
    {
        // HttpClient puts the useful part (certificate errors, for one) in an inner exception and says "see inner exception".
        Exception cause = exception;
        while (cause.InnerException is not null && cause.Message.Contains("inner exception", StringComparison.OrdinalIgnoreCase))
        {
            cause = cause.InnerException;
        }

        return OneLine($"could not reach Partner Center at {baseAddress}: {cause.Message}");
    }

    /// <summary>No answer in time.</summary>
    public static string TimedOut(Uri baseAddress)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"Partner Center at {baseAddress} did not answer in time (the tool waits {PartnerCenterConnection.AttemptTimeout.TotalSeconds:0} s per attempt, {PartnerCenterConnection.TotalTimeout.TotalSeconds:0} s in all).");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
