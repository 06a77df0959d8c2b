using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using Azure.Identity;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PartnerCenter.Licenses.Cli;

/// <summary>What went wrong, as one line for people (what failed, where, the HTTP status, the Partner Center error code and the request id) and an exit code.</summary>
internal sealed record FailureReport(int ExitCode, string Message)
{
    private const int MaxBodyExcerpt = 200;

    /// <summary>Describes <paramref name="exception"/>, thrown while signing in or calling <paramref name="where"/>.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="where">Partner Center's address as printed (secrets redacted).</param>
    /// <param name="customerId">The customer asked about.</param>
    /// <param name="timeout">The call timeout, to tell its expiry from other cancellations.</param>
    public static FailureReport Describe(Exception exception, string where, Guid customerId, CallTimeout timeout)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(timeout);
        if (Find<AuthenticationFailedException>(exception) is { } signIn)
        {
            return new(ExitCodes.Auth, $"sign-in failed: {signIn.Message}");
        }

        // Checked before the status: a wrapped timeout or network failure carries no status of its own.
        if (timeout.Expired || Find<TimeoutRejectedException>(exception) is not null)
        {
            return new(ExitCodes.Network, string.Create(
                CultureInfo.InvariantCulture,
                $"Partner Center at {where} did not finish answering within {timeout.Limit.TotalSeconds:0.###} s (--timeout); the call was abandoned."));
        }

        // A success whose body broke off on the way (the generated client reports it with the 200 it had) is a network
        // failure, not an answer.
        if (exception is PartnerCenterException { Status: > 0 } error
            && !(error.Status is >= 200 and < 300 && (Find<HttpIOException>(error) ?? FindTransportFailure(error)) is not null))
        {
            return Describe(error, where, customerId);
        }

        if (Find<BrokenCircuitException>(exception) is not null)
        {
            return new(ExitCodes.Network, $"Partner Center at {where} failed repeatedly, so the tool stopped calling it for now (circuit open); try again in a minute.");
        }

        if (Find<HttpRequestException>(exception) is { } unreachable)
        {
            return new(ExitCodes.Network, $"could not reach Partner Center at {where}: {Cause(unreachable).Message}");
        }

        if ((Find<HttpIOException>(exception) ?? FindTransportFailure(exception)) is { } broken)
        {
            return new(ExitCodes.Network, $"the connection to Partner Center at {where} broke: {Cause(broken).Message}");
        }

        if (exception is PartnerCenterException wrapped)
        {
            return new(ExitCodes.ApiError, $"the call to Partner Center at {where} failed: {wrapped.Message}");
        }

        return new(ExitCodes.Unexpected, $"unexpected failure ({exception.GetType().Name}): {exception.Message} Run again with --verbose for details.");
    }

    /// <summary>With <c>--verbose</c>: the chain of causes, one line each (types and messages, never a stack trace).</summary>
    public static IEnumerable<string> Details(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            yield return $"verbose: caused by {cause.GetType().FullName}: {cause.Message}";
        }
    }

    private static FailureReport Describe(PartnerCenterException exception, string where, Guid customerId)
    {
        if (exception.Status is >= 200 and < 300)
        {
            // The exception's message says which body failed to read and why, and gives the request ids.
            return new(ExitCodes.ApiError, $"Partner Center at {where} sent a response the tool cannot read: {exception.Message}");
        }

        var ids = $"(request id {exception.RequestId ?? "none"}, correlation id {exception.CorrelationId ?? "none"})";

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Partner Center at {where} answered {exception.Status} for customer {customerId}");
        if (exception.ErrorCode is { } code)
        {
            message.Append(CultureInfo.InvariantCulture, $": error {code}");
        }

        if (!string.IsNullOrWhiteSpace(exception.ErrorDescription))
        {
            message.Append(exception.ErrorCode is null ? ": " : ", ").Append(exception.ErrorDescription.Trim());
        }
        else if (!string.IsNullOrWhiteSpace(exception.ResponseBody))
        {
            var body = exception.ResponseBody.Trim();
            message.Append(": ").Append(body.Length > MaxBodyExcerpt ? body[..MaxBodyExcerpt] + "…" : body);
        }

        message.Append(' ').Append(ids).Append('.');
        switch (exception.Status)
        {
            case 401:
                message.Append(" Sign in again (--auth) or check the token (--token or ").Append(CliApp.TokenEnvironmentVariable).Append(").");
                return new(ExitCodes.Auth, message.ToString());
            case 403:
                message.Append(" The signed-in account may not read this customer's analytics.");
                return new(ExitCodes.Auth, message.ToString());
            case 429 when exception.RetryAfter is { } wait:
                message.Append(CultureInfo.InvariantCulture, $" Partner Center asks to wait {Math.Max(0, wait.TotalSeconds):0} s before trying again.");
                break;
        }

        return new(ExitCodes.ApiError, message.ToString());
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A read from the connection that failed underneath: an IOException over a socket error (a reset, an abort).</summary>
    private static IOException? FindTransportFailure(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is IOException { InnerException: System.Net.Sockets.SocketException } transport)
            {
                return transport;
            }
        }

        return null;
    }

    /// <summary>HttpClient puts the useful part (a refused connection, a certificate error) in an inner exception and says "see inner exception".</summary>
    private static Exception Cause(Exception exception)
    {
        var cause = exception;
        while (cause.InnerException is not null && cause.Message.Contains("inner exception", StringComparison.OrdinalIgnoreCase))
        {
            cause = cause.InnerException;
        }

        return cause;
    }
}
