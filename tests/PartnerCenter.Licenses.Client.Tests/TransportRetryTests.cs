using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using PartnerCenter.Licenses.Testing;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// One attempt of the resilience pipeline is one request on the wire. SocketsHttpHandler resends a request on its own
/// (up to 3 times) when a connection closes before any response byte; behind the pipeline's 4 attempts, one server
/// that drops connections saw 16. The registration turns that resend off for connections that never answered.
/// </summary>
public sealed class TransportRetryTests
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");

    [Fact]
    public async Task A_bare_SocketsHttpHandler_resends_by_itself_which_is_why_the_registration_changes_it()
    {
        await using var server = RawHttpServer.Start(DropAfterReadingTheRequest);
        using var httpClient = new HttpClient(new SocketsHttpHandler());
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await Should.ThrowAsync<HttpRequestException>(() => httpClient.GetAsync(new Uri(server.BaseAddress, "customers"), hang.Token));

        server.Connections.ShouldBe(4);
        server.Requests.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(1, 2)]
    public async Task A_server_that_drops_every_connection_sees_one_request_per_attempt(int retries, int attempts)
    {
        await using var server = RawHttpServer.Start(DropAfterReadingTheRequest);
        using var registered = new RegisteredClient(
            options => options.BaseAddress = server.BaseAddress,
            resilience =>
            {
                resilience.Retry.MaxRetryAttempts = retries;
                resilience.Retry.Delay = TimeSpan.Zero;
            });
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await Should.ThrowAsync<Exception>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token));

        ShouldBeAnUnansweredConnection(error);
        server.Connections.ShouldBe(attempts);
        server.Requests.Count.ShouldBe(attempts);
    }

    [Fact]
    public async Task Over_tls_too_a_server_that_drops_every_connection_sees_one_request_per_attempt()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = RawHttpServer.Start(DropAfterReadingTheRequest, certificate);
        using var registered = new RegisteredClient(
            options => options.BaseAddress = server.BaseAddress,
            resilience => resilience.Retry.Delay = TimeSpan.Zero,
            customize: builder => builder.UseSocketsHttpHandler((handler, _) =>
                handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString()));
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await Should.ThrowAsync<Exception>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token));

        ShouldBeAnUnansweredConnection(error);
        server.Connections.ShouldBe(4);
        server.Requests.Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_kept_alive_connection_the_server_closed_after_answering_is_replaced_without_failing_the_call()
    {
        var success = SpecExamples.Get("getCustomerLicensesUsage").Responses[200].Body!;
        await using var server = RawHttpServer.Start(async connection =>
        {
            // Answers one request per connection, without saying it will close: the client pools the connection.
            if (await connection.ReadRequestAsync() is not null)
            {
                await connection.WriteAsync(RawHttpServer.Response(200, success, "Content-Type: application/json"));
            }
        });
        using var registered = new RegisteredClient(options => options.BaseAddress = server.BaseAddress, resilience => resilience.Retry.MaxRetryAttempts = 1);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var client = registered.Client;

        for (var call = 0; call < 3; call++)
        {
            (await client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token)).TotalCount.ShouldBe(5);
        }

        server.Requests.Count.ShouldBe(3);
    }

    private static async Task DropAfterReadingTheRequest(RawConnection connection) => await connection.ReadRequestAsync();

    /// <summary>The failure is the dropped connection (today an HttpRequestException; wrapped in the client's exception once it wraps transport failures).</summary>
    private static void ShouldBeAnUnansweredConnection(Exception error)
    {
        (error is HttpRequestException or PartnerCenterException).ShouldBeTrue($"unexpected {error.GetType()}: {error}");
        var transport = error as HttpRequestException ?? error.InnerException.ShouldBeOfType<HttpRequestException>();
        transport.HttpRequestError.ShouldBe(HttpRequestError.ResponseEnded);
        transport.ToString().ShouldNotContain(RegisteredClient.Token);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
