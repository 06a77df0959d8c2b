using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using Polly.Timeout;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// The <c>usage</c> command: gets a customer's license usage from Partner Center (or from the offline stub when no
/// <c>--base-url</c> is given) and prints it; a failure becomes one line on stderr and an exit code.
/// </summary>
internal static class UsageCommand
{
    public static async Task<int> RunAsync(UsageRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        FakePartnerCenter? stub = null;
        try
        {
            Uri baseAddress;
            string token;
            if (request.BaseUrl is null)
            {
                stub = FakePartnerCenter.Start();
                baseAddress = stub.BaseAddress;
                token = FakePartnerCenter.AccessToken;
                await stderr.WriteLineAsync($"No --base-url given: using an offline Partner Center stub at {baseAddress} that serves the OpenAPI examples.").ConfigureAwait(false);
            }
            else
            {
                baseAddress = request.BaseUrl;
                token = request.Token ?? throw new ArgumentException("A token is required with a base URL.", nameof(request));
            }

            await using var connection = PartnerCenterConnection.Open(baseAddress, token, request.Locale);
            try
            {
                var usage = await connection.Client.Customers.ById(request.CustomerId).Analytics.Licenses.Usage.GetAsync(cancellationToken).ConfigureAwait(false);
                if (request.Output == OutputFormat.Json)
                {
                    await UsageJson.WriteAsync(usage, stdout, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    UsageTable.Write(usage, request.CustomerId, stdout);
                }

                return ExitCodes.Success;
            }
            catch (PartnerCenterException ex) when (ex.Status == 0 && ex.InnerException is HttpRequestException unreachable)
            {
                // The generated client wraps transport failures in its exception, without a status.
                return await FailAsync(stderr, FailureMessages.Unreachable(unreachable, baseAddress)).ConfigureAwait(false);
            }
            catch (PartnerCenterException ex) when (ex.Status == 0 && ex.InnerException is TimeoutRejectedException or OperationCanceledException)
            {
                return await FailAsync(stderr, FailureMessages.TimedOut(baseAddress)).ConfigureAwait(false);
            }
            catch (PartnerCenterException ex)
            {
                return await FailAsync(stderr, FailureMessages.ErrorResponse(ex, baseAddress, request.CustomerId)).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                return await FailAsync(stderr, FailureMessages.Unreachable(ex, baseAddress)).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException)
            {
                return await FailAsync(stderr, FailureMessages.TimedOut(baseAddress)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not our cancellation: HttpClient's own timeout.
                return await FailAsync(stderr, FailureMessages.TimedOut(baseAddress)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        finally
        {
            stub?.Dispose();
        }
    }

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.Failure;
    }
}
