using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using PartnerCenter.Licenses.Testing;
using Shouldly;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>Sign-in through a TokenCredential (Azure.Identity's, or a recording one standing in for Entra ID, which tests cannot reach).</summary>
public sealed class SignInTests : IDisposable
{
    private static readonly string UsagePath = $"/v1/customers/{CliRun.CustomerId}/analytics/licenses/usage";
    private static readonly Dictionary<string, string> NoVariables = [];

    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task The_signed_in_token_is_asked_for_once_with_partner_centers_scope_and_sent_on_every_attempt()
    {
        _fake.Server.Given(Request.Create().WithPath(UsagePath).UsingGet()).AtPriority(0).InScenario("throttle").WillSetStateTo("throttled")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("""{"statusCode":429,"message":"slow down"}"""));
        var credential = new RecordingCredential("signed-in-token-7d1e");

        var run = await CliRun.RunAsync(NoVariables, credential, "usage", "-c", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--auth", "device-code", "-o", "json", "--verbose");

        run.ExitCode.ShouldBe(0, run.Stderr);
        credential.Requests.ShouldHaveSingleItem().ShouldBe(["https://api.partnercenter.microsoft.com/.default"]);
        _fake.Requests.Count.ShouldBe(2);
        _fake.Requests.ShouldAllBe(request => request.Headers["Authorization"] == "Bearer signed-in-token-7d1e");
        run.AllOutput.ShouldNotContain("signed-in-token-7d1e");
        run.StderrLines.ShouldContain("verbose: signing in (device-code) for https://api.partnercenter.microsoft.com/.default");
    }

    [Fact]
    public async Task A_failed_sign_in_is_an_auth_error_and_sends_nothing()
    {
        var credential = new RecordingCredential(failWith: new AuthenticationFailedException("AADSTS700016: Application with identifier 'x' was not found in the directory.\nTrace ID: 1"));

        var run = await CliRun.RunAsync(NoVariables, credential, "usage", "-c", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--auth", "azure-cli");

        run.ExitCode.ShouldBe(ExitCodes.Auth);
        run.StderrLines.ShouldBe(["error: sign-in failed: AADSTS700016: Application with identifier 'x' was not found in the directory. Trace ID: 1"]);
        _fake.Requests.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Azure_identitys_environment_credential_without_its_variables_is_one_auth_error_line()
    {
        // The real EnvironmentCredential; with no AZURE_* variables it fails without any network call.
        Skip.If(Environment.GetEnvironmentVariable("AZURE_CLIENT_ID") is not null, "AZURE_CLIENT_ID is set on this machine");

        var run = await CliRun.RunAsync("usage", "-c", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--auth", "environment");

        run.ExitCode.ShouldBe(ExitCodes.Auth);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith("error: sign-in failed: EnvironmentCredential authentication unavailable.");
        _fake.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_explicit_auth_wins_over_a_token_in_the_environment()
    {
        var credential = new RecordingCredential("from-sign-in");
        var variables = new Dictionary<string, string> { [CliApp.TokenEnvironmentVariable] = "from-environment" };

        var run = await CliRun.RunAsync(variables, credential, "usage", "-c", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--auth", "managed-identity");

        run.ExitCode.ShouldBe(0, run.Stderr);
        _fake.Requests.ShouldHaveSingleItem().Headers["Authorization"].ShouldBe("Bearer from-sign-in");
    }

    [Fact]
    public async Task The_token_can_come_from_the_environment()
    {
        var variables = new Dictionary<string, string> { [CliApp.TokenEnvironmentVariable] = "from-env" };

        var run = await CliRun.RunAsync(variables, null, "usage", "-c", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString());

        run.ExitCode.ShouldBe(0, run.Stderr);
        _fake.Requests.ShouldHaveSingleItem().Headers["Authorization"].ShouldBe("Bearer from-env");
    }

    [Fact]
    public async Task A_given_token_locale_and_tool_name_are_sent_as_partner_center_headers()
    {
        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "--locale", "de-DE"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var request = _fake.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("GET");
        request.Path.ShouldBe(UsagePath);
        request.Headers["Authorization"].ShouldBe($"Bearer {UsageArgs.Token}");
        request.Headers["X-Locale"].ShouldBe("de-DE");
        request.Headers["MS-PartnerCenter-Client"].ShouldBe("PartnerCenter.Licenses.Cli");
        Guid.TryParse(request.Headers["MS-RequestId"], out _).ShouldBeTrue();
    }

    /// <summary>Hands out one token (or fails), recording the scopes of each request.</summary>
    private sealed class RecordingCredential(string? token = null, Exception? failWith = null) : TokenCredential
    {
        private readonly List<string[]> _requests = [];

        public IReadOnlyList<string[]> Requests
        {
            get
            {
                lock (_requests)
                {
                    return _requests.ToList();
                }
            }
        }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (_requests)
            {
                _requests.Add(requestContext.Scopes);
            }

            return failWith is null ? new AccessToken(token!, DateTimeOffset.UtcNow.AddHours(1)) : throw failWith;
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
