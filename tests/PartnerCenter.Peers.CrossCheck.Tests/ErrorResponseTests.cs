using System;
using System.Linq;
using System.Threading.Tasks;
using PartnerCenter.Licenses;
using PartnerCenter.Peers.NSwag;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using OurModels = PartnerCenter.Licenses.Models;

namespace PartnerCenter.Peers.CrossCheck.Tests;

/// <summary>
/// The spec's error responses, as each client surfaces them. All three read the documented error body into its type;
/// they differ in what else the exception carries (asserted as each client actually behaves).
/// </summary>
public sealed class ErrorResponseTests : IClassFixture<PeerClients>
{
    private readonly PeerClients _clients;

    public ErrorResponseTests(PeerClients clients)
    {
        _clients = clients;
        _clients.Fake.Reset();
    }

    [Fact]
    public async Task Not_found_carries_the_Partner_Center_error_in_every_client()
    {
        _clients.Fake.RespondWithExample(PeerClients.OperationId, 404);

        var ours = await Should.ThrowAsync<PartnerCenterException>(_clients.OursAsync);
        ours.Status.ShouldBe(404);
        ours.ErrorCode.ShouldBe(600002);
        ours.ErrorDescription.ShouldBe("Customer not found.");
        ours.Error.ShouldBeOfType<OurModels.PartnerCenterError>().Source.ShouldBe("PartnerFD");
        ours.ResponseBody!.ShouldContain("\"Customer not found.\"");

        var nswag = await Should.ThrowAsync<ApiException<PartnerCenterError>>(_clients.NSwagAsync);
        nswag.StatusCode.ShouldBe(404);
        (nswag.Result.Code, nswag.Result.Description, nswag.Result.Source).ShouldBe((600002, "Customer not found.", "PartnerFD"));
        nswag.Message.ShouldStartWith("The customer does not exist."); // the spec's response description

        var kiota = await Should.ThrowAsync<KiotaModels.PartnerCenterError>(_clients.KiotaAsync);
        kiota.ResponseStatusCode.ShouldBe(404);
        (kiota.Code, kiota.Description).ShouldBe((600002, "Customer not found."));
    }

    [Fact]
    public async Task Difference_Kiota_renames_the_error_properties_that_clash_with_Exception()
    {
        _clients.Fake.RespondWithExample(PeerClients.OperationId, 404);

        // Kiota's error model derives from Exception, so the spec's 'source' and 'data' become SourceEscaped and
        // DataEscaped; Source is Exception.Source (the assembly that threw), not the error's source.
        var kiota = await Should.ThrowAsync<KiotaModels.PartnerCenterError>(_clients.KiotaAsync);
        kiota.SourceEscaped.ShouldBe("PartnerFD");
        kiota.DataEscaped.ShouldBeEmpty();
        kiota.Source.ShouldBe("Microsoft.Kiota.Http.HttpClientLibrary");
    }

    [Fact]
    public async Task Difference_NSwag_and_Kiota_keep_no_text_of_an_error_body()
    {
        _clients.Fake.RespondWithExample(PeerClients.OperationId, 404);

        // NSwag reads error bodies from the stream (ReadResponseAsString is off by default): its Response text is empty.
        (await Should.ThrowAsync<ApiException<PartnerCenterError>>(_clients.NSwagAsync)).Response.ShouldBeEmpty();

        // Kiota's exception is the error model itself, with no member for the body's text; its Message is the
        // framework's default because PartnerCenterError has no 'message' property.
        var kiota = await Should.ThrowAsync<KiotaModels.PartnerCenterError>(_clients.KiotaAsync);
        kiota.Message.ShouldNotContain("Customer not found.");
        typeof(KiotaModels.PartnerCenterError).GetProperties().Select(property => property.Name)
            .ShouldNotContain(name => name.Contains("Body", StringComparison.Ordinal) || name.Contains("Content", StringComparison.Ordinal));

        // Ours keeps a bounded excerpt of the body.
        (await Should.ThrowAsync<PartnerCenterException>(_clients.OursAsync)).ResponseBody.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Too_many_requests_carries_the_rate_limit_error_and_retry_after_in_every_client()
    {
        _clients.Fake.RespondWithExample(PeerClients.OperationId, 429);

        var ours = await Should.ThrowAsync<PartnerCenterException>(_clients.OursAsync);
        ours.Status.ShouldBe(429);
        ours.Error.ShouldBeOfType<OurModels.RateLimitError>().StatusCode.ShouldBe(429);
        ours.ErrorDescription.ShouldBe("Rate limit is exceeded. Try again in 2 seconds.");
        ours.RetryAfter.ShouldBe(TimeSpan.FromSeconds(2));

        // NSwag and Kiota give the raw header; parsing Retry-After is left to the caller.
        var nswag = await Should.ThrowAsync<ApiException<RateLimitError>>(_clients.NSwagAsync);
        nswag.StatusCode.ShouldBe(429);
        (nswag.Result.StatusCode, nswag.Result.Message).ShouldBe((429, "Rate limit is exceeded. Try again in 2 seconds."));
        nswag.Headers["Retry-After"].ShouldBe(new[] { "2" });

        var kiota = await Should.ThrowAsync<KiotaModels.RateLimitError>(_clients.KiotaAsync);
        kiota.ResponseStatusCode.ShouldBe(429);
        kiota.StatusCode.ShouldBe(429);
        kiota.ResponseHeaders["Retry-After"].ShouldBe(new[] { "2" });

        // Difference (Kiota): the spec's 'message' property clashes with Exception.Message, so it is renamed MessageEscaped.
        kiota.MessageEscaped.ShouldBe("Rate limit is exceeded. Try again in 2 seconds.");
        kiota.Message.ShouldBe("Rate limit is exceeded. Try again in 2 seconds.");
    }

    [Fact]
    public async Task Difference_a_truncated_success_body_keeps_its_text_only_in_ours()
    {
        _clients.Serve(200, """{"totalCount":1,"items":[{"productName":"OFFICE 365""");

        // Ours: the client's one exception type, with the status and the body excerpt.
        var ours = await Should.ThrowAsync<PartnerCenterException>(_clients.OursAsync);
        ours.Status.ShouldBe(200);
        ours.ResponseBody.ShouldBe("""{"totalCount":1,"items":[{"productName":"OFFICE 365""");
        ours.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();

        // NSwag: its ApiException, with the status but no body text.
        var nswag = await Should.ThrowAsync<ApiException>(_clients.NSwagAsync);
        nswag.ShouldBeOfType<ApiException>();
        nswag.StatusCode.ShouldBe(200);
        nswag.Response.ShouldBeEmpty();
        nswag.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();

        // Kiota: its ApiException, with the status but no body text.
        var kiota = await Should.ThrowAsync<Microsoft.Kiota.Abstractions.ApiException>(_clients.KiotaAsync);
        kiota.ResponseStatusCode.ShouldBe(200);
        kiota.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();
    }
}
