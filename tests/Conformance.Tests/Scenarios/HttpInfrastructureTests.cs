using System;
using System.Net.Http;
using System.Threading.Tasks;
using Conformance.HttpInfrastructure;
using Conformance.HttpInfrastructure.Models;
using Conformance.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using OpenApiClientGenerator.Runtime;

namespace Conformance.Tests.Scenarios;

// Statuses: a 2xx or 3xx the operation declares is returned (with its own schema; a result record with one property per
// status tells which came back when they carry different bodies); a 4xx or 5xx, a status it does not declare, or one
// that 'default' (the error) covers, is the client's exception carrying the status. Redirects are followed by HttpClient
// (its default), as an application's client from IHttpClientFactory would, except where the spec says they should not be.
[ConformanceGroup("httpInfrastructure")]
public sealed class HttpInfrastructureTests(TestServerFixture server) : ConformanceTest(server)
{
    private HttpInfrastructureClient Client => new(Server.HttpClient);

    private HttpClient NotFollowingRedirects => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };

    private static async Task Fails(int status, Func<Task> call)
    {
        var exception = await Should.ThrowAsync<HttpInfrastructureException>(call);
        exception.Status.ShouldBe(status);
    }

    // Success
    [Fact] public Task HttpSuccess200Head() => Scenario(() => Client.HttpSuccessHead200Async());

    [Fact] public Task HttpSuccess200Get() => Scenario(async () => (await Client.HttpSuccessGet200Async()).ShouldNotBeNull().ShouldBeTrue());

    [Fact] public Task HttpSuccess200Put() => Scenario(() => Client.HttpSuccessPut200Async(true));

    [Fact] public Task HttpSuccess200Post() => Scenario(() => Client.HttpSuccessPost200Async(true));

    [Fact] public Task HttpSuccess200Patch() => Scenario(() => Client.HttpSuccessPatch200Async(true));

    [Fact] public Task HttpSuccess200Delete() => Scenario(() => Client.HttpSuccessDelete200Async(true));

    [Fact] public Task HttpSuccess201Put() => Scenario(() => Client.HttpSuccessPut201Async(true));

    [Fact] public Task HttpSuccess201Post() => Scenario(() => Client.HttpSuccessPost201Async(true));

    [Fact] public Task HttpSuccess202Put() => Scenario(() => Client.HttpSuccessPut202Async(true));

    [Fact] public Task HttpSuccess202Post() => Scenario(() => Client.HttpSuccessPost202Async(true));

    [Fact] public Task HttpSuccess202Patch() => Scenario(() => Client.HttpSuccessPatch202Async(true));

    [Fact] public Task HttpSuccess202Delete() => Scenario(() => Client.HttpSuccessDelete202Async(true));

    [Fact] public Task HttpSuccess204Head() => Scenario(() => Client.HttpSuccessHead204Async());

    [Fact] public Task HttpSuccess204Put() => Scenario(() => Client.HttpSuccessPut204Async(true));

    [Fact] public Task HttpSuccess204Post() => Scenario(() => Client.HttpSuccessPost204Async(true));

    [Fact] public Task HttpSuccess204Patch() => Scenario(() => Client.HttpSuccessPatch204Async(true));

    [Fact] public Task HttpSuccess204Delete() => Scenario(() => Client.HttpSuccessDelete204Async(true));

    // HEAD declaring 204 and 404: an existence check, false for 404.
    [Fact] public Task HttpSuccess404Head() => Scenario(async () => (await Client.HttpSuccessHead404Async()).ShouldBeFalse());

    // Redirects
    [Fact] public Task HttpRedirect300Head() => Scenario(() => Client.HttpRedirectsHead300Async());

    [Fact] public Task HttpRedirect300Get() => Scenario(() => Client.HttpRedirectsGet300Async());

    [Fact] public Task HttpRedirect301Head() => Scenario(() => Client.HttpRedirectsHead301Async());

    [Fact] public Task HttpRedirect301Get() => Scenario(() => Client.HttpRedirectsGet301Async());

    // "This redirect should *not* be automatically followed": the application's HttpClient does not follow redirects, and
    // the declared 301 is returned with its Location.
    [Fact]
    public Task HttpRedirect301Put() => Scenario(async () =>
        (await new HttpInfrastructureClient(NotFollowingRedirects).HttpRedirectsPut301Async(true)).Location.ShouldBe("/http/failure/500"));

    [Fact] public Task HttpRedirect302Head() => Scenario(() => Client.HttpRedirectsHead302Async());

    [Fact] public Task HttpRedirect302Get() => Scenario(() => Client.HttpRedirectsGet302Async());

    [Fact]
    public Task HttpRedirect302Patch() => Scenario(async () =>
        (await new HttpInfrastructureClient(NotFollowingRedirects).HttpRedirectsPatch302Async(true)).Location.ShouldBe("/http/failure/500"));

    [Fact] public Task HttpRedirect303Post() => Scenario(() => Client.HttpRedirectsPost303Async(true));

    [Fact] public Task HttpRedirect307Head() => Scenario(() => Client.HttpRedirectsHead307Async());

    [Fact] public Task HttpRedirect307Get() => Scenario(() => Client.HttpRedirectsGet307Async());

    [Fact] public Task HttpRedirect307Options() => Scenario(() => Client.HttpRedirectsOptions307Async());

    [Fact] public Task HttpRedirect307Put() => Scenario(() => Client.HttpRedirectsPut307Async(true));

    [Fact] public Task HttpRedirect307Patch() => Scenario(() => Client.HttpRedirectsPatch307Async(true));

    [Fact] public Task HttpRedirect307Post() => Scenario(() => Client.HttpRedirectsPost307Async(true));

    [Fact] public Task HttpRedirect307Delete() => Scenario(() => Client.HttpRedirectsDelete307Async(true));

    // Client failures
    [Fact] public Task HttpClientFailure400Head() => Scenario(() => Fails(400, () => Client.HttpClientFailureHead400Async()));

    [Fact] public Task HttpClientFailure400Get() => Scenario(() => Fails(400, () => Client.HttpClientFailureGet400Async()));

    [Fact] public Task HttpClientFailure400Options() => Scenario(() => Fails(400, () => Client.HttpClientFailureOptions400Async()));

    [Fact] public Task HttpClientFailure400Put() => Scenario(() => Fails(400, () => Client.HttpClientFailurePut400Async(true)));

    [Fact] public Task HttpClientFailure400Post() => Scenario(() => Fails(400, () => Client.HttpClientFailurePost400Async(true)));

    [Fact] public Task HttpClientFailure400Patch() => Scenario(() => Fails(400, () => Client.HttpClientFailurePatch400Async(true)));

    [Fact] public Task HttpClientFailure400Delete() => Scenario(() => Fails(400, () => Client.HttpClientFailureDelete400Async(true)));

    [Fact] public Task HttpClientFailure401Head() => Scenario(() => Fails(401, () => Client.HttpClientFailureHead401Async()));

    [Fact] public Task HttpClientFailure402Get() => Scenario(() => Fails(402, () => Client.HttpClientFailureGet402Async()));

    [Fact] public Task HttpClientFailure403Get() => Scenario(() => Fails(403, () => Client.HttpClientFailureGet403Async()));

    [Fact] public Task HttpClientFailure403Options() => Scenario(() => Fails(403, () => Client.HttpClientFailureOptions403Async()));

    [Fact] public Task HttpClientFailure404Put() => Scenario(() => Fails(404, () => Client.HttpClientFailurePut404Async(true)));

    [Fact] public Task HttpClientFailure405Patch() => Scenario(() => Fails(405, () => Client.HttpClientFailurePatch405Async(true)));

    [Fact] public Task HttpClientFailure406Post() => Scenario(() => Fails(406, () => Client.HttpClientFailurePost406Async(true)));

    [Fact] public Task HttpClientFailure407Delete() => Scenario(() => Fails(407, () => Client.HttpClientFailureDelete407Async(true)));

    [Fact] public Task HttpClientFailure409Put() => Scenario(() => Fails(409, () => Client.HttpClientFailurePut409Async(true)));

    [Fact] public Task HttpClientFailure410Head() => Scenario(() => Fails(410, () => Client.HttpClientFailureHead410Async()));

    [Fact] public Task HttpClientFailure411Get() => Scenario(() => Fails(411, () => Client.HttpClientFailureGet411Async()));

    [Fact] public Task HttpClientFailure412Get() => Scenario(() => Fails(412, () => Client.HttpClientFailureGet412Async()));

    [Fact] public Task HttpClientFailure412Options() => Scenario(() => Fails(412, () => Client.HttpClientFailureOptions412Async()));

    [Fact] public Task HttpClientFailure413Put() => Scenario(() => Fails(413, () => Client.HttpClientFailurePut413Async(true)));

    [Fact] public Task HttpClientFailure414Patch() => Scenario(() => Fails(414, () => Client.HttpClientFailurePatch414Async(true)));

    [Fact] public Task HttpClientFailure415Post() => Scenario(() => Fails(415, () => Client.HttpClientFailurePost415Async(true)));

    [Fact] public Task HttpClientFailure416Get() => Scenario(() => Fails(416, () => Client.HttpClientFailureGet416Async()));

    [Fact] public Task HttpClientFailure417Delete() => Scenario(() => Fails(417, () => Client.HttpClientFailureDelete417Async(true)));

    [Fact] public Task HttpClientFailure429Head() => Scenario(() => Fails(429, () => Client.HttpClientFailureHead429Async()));

    // Server failures
    [Fact] public Task HttpServerFailure501Head() => Scenario(() => Fails(501, () => Client.HttpServerFailureHead501Async()));

    [Fact] public Task HttpServerFailure501Get() => Scenario(() => Fails(501, () => Client.HttpServerFailureGet501Async()));

    [Fact] public Task HttpServerFailure505Post() => Scenario(() => Fails(505, () => Client.HttpServerFailurePost505Async(true)));

    [Fact] public Task HttpServerFailure505Delete() => Scenario(() => Fails(505, () => Client.HttpServerFailureDelete505Async(true)));

    // Error bodies
    [Fact]
    public Task ResponsesScenarioEmptyErrorBody() => Scenario(async () =>
    {
        var exception = await Should.ThrowAsync<HttpInfrastructureException>(() => Client.HttpFailureGetEmptyErrorAsync());
        exception.Status.ShouldBe(400);
        exception.Error.ShouldBeOfType<Error>().Message.ShouldBe("");
    });

    [Fact]
    public Task ResponsesScenarioNoModelErrorBody() => Scenario(async () =>
    {
        var exception = await Should.ThrowAsync<HttpInfrastructureException>(() => Client.HttpFailureGetNoModelErrorAsync());
        exception.Status.ShouldBe(400);
        exception.ResponseBody.ShouldNotBeNull().ShouldContain("NoErrorModel");
    });

    [Fact] public Task ResponsesScenarioNoModelEmptyBody() => Scenario(() => Fails(400, () => Client.HttpFailureGetNoModelEmptyAsync()));

    // Several responses: 200 A, 204 none, default Error
    [Fact]
    public Task ResponsesScenarioA200MatchingModel() => Scenario(async () =>
        (await Client.MultipleResponsesGet200Model204NoModelDefaultError200ValidAsync()).ShouldNotBeNull().StatusCode.ShouldBe("200"));

    [Fact]
    public Task ResponsesScenarioA201DefaultNoModel() => Scenario(() => Fails(201, () => Client.MultipleResponsesGet200Model204NoModelDefaultError201InvalidAsync()));

    [Fact]
    public Task ResponsesScenarioA202DefaultNoModel() => Scenario(() => Fails(202, () => Client.MultipleResponsesGet200Model204NoModelDefaultError202NoneAsync()));

    [Fact]
    public Task ResponsesScenarioA204MatchingNoModel() => Scenario(async () => (await Client.MultipleResponsesGet200Model204NoModelDefaultError204ValidAsync()).ShouldBeNull());

    [Fact]
    public Task ResponsesScenarioA400DefaultModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet200Model204NoModelDefaultError400ValidAsync()));

    // 200 A, 201 B, default Error
    [Fact]
    public Task ResponsesScenarioB200MatchingModel() => Scenario(async () =>
    {
        var result = await Client.MultipleResponsesGet200Model201ModelDefaultError200ValidAsync();
        result.Status.ShouldBe(200);
        result.Created.ShouldBeNull();
        result.Ok.ShouldNotBeNull().StatusCode.ShouldBe("200");
    });

    [Fact]
    public Task ResponsesScenarioB201MatchingModel() => Scenario(async () =>
    {
        var result = await Client.MultipleResponsesGet200Model201ModelDefaultError201ValidAsync();
        result.Status.ShouldBe(201);
        result.Ok.ShouldBeNull();
        var b = result.Created.ShouldNotBeNull();
        b.StatusCode.ShouldBe("201");
        b.TextStatusCode.ShouldBe("Created");
    });

    [Fact]
    public Task ResponsesScenarioB400DefaultModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet200Model201ModelDefaultError400ValidAsync()));

    // 200 A, 201 C, 404 D, default Error
    [Fact]
    public Task ResponsesScenarioC200MatchingModel() => Scenario(async () =>
    {
        var result = await Client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError200ValidAsync();
        result.Status.ShouldBe(200);
        result.Ok.ShouldNotBeNull().StatusCode.ShouldBe("200");
    });

    [Fact]
    public Task ResponsesScenarioC201MatchingModel() => Scenario(async () =>
    {
        var result = await Client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError201ValidAsync();
        result.Status.ShouldBe(201);
        result.Created.ShouldNotBeNull().HttpCode.ShouldBe("201");
    });

    // 404 is declared with its own model D: AutoRest returns it as the operation's result. A declared 4xx is an error here
    // (D10, deliberate): the exception carries D as its Error.
    [Fact]
    public Task ResponsesScenarioC404MatchingModel() => Scenario(async () =>
        (await SpecTyped.CallAsync(Client, nameof(HttpInfrastructureClient.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError404ValidAsync)))
            .ShouldBeOfSpecType<D>().HttpStatusCode.ShouldBe("404"));

    [Fact]
    public Task ResponsesScenarioC400DefaultModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError400ValidAsync()));

    // 202 none, 204 none, default Error
    [Fact] public Task ResponsesScenarioD202MatchingNoModel() => Scenario(() => Client.MultipleResponsesGet202None204NoneDefaultError202NoneAsync());

    [Fact] public Task ResponsesScenarioD204MatchingNoModel() => Scenario(() => Client.MultipleResponsesGet202None204NoneDefaultError204NoneAsync());

    [Fact]
    public Task ResponsesScenarioD400DefaultModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet202None204NoneDefaultError400ValidAsync()));

    // 202 none, 204 none, default none
    [Fact] public Task ResponsesScenarioE202MatchingInvalid() => Scenario(() => Client.MultipleResponsesGet202None204NoneDefaultNone202InvalidAsync());

    [Fact] public Task ResponsesScenarioE204MatchingNoModel() => Scenario(() => Client.MultipleResponsesGet202None204NoneDefaultNone204NoneAsync());

    [Fact]
    public Task ResponsesScenarioE400DefaultNoModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet202None204NoneDefaultNone400NoneAsync()));

    [Fact]
    public Task ResponsesScenarioE400DefaultInvalid() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet202None204NoneDefaultNone400InvalidAsync()));

    // default A only: 200 is still a success
    [Fact] public Task ResponsesScenarioF200DefaultModel() => Scenario(() => Client.MultipleResponsesGetDefaultModelA200ValidAsync());

    [Fact] public Task ResponsesScenarioF200DefaultNone() => Scenario(() => Client.MultipleResponsesGetDefaultModelA200NoneAsync());

    [Fact] public Task ResponsesScenarioF400DefaultModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGetDefaultModelA400ValidAsync()));

    [Fact] public Task ResponsesScenarioF400DefaultNone() => Scenario(() => Fails(400, () => Client.MultipleResponsesGetDefaultModelA400NoneAsync()));

    // default none only
    [Fact] public Task ResponsesScenarioG200DefaultInvalid() => Scenario(() => Client.MultipleResponsesGetDefaultNone200InvalidAsync());

    [Fact] public Task ResponsesScenarioG200DefaultNoModel() => Scenario(() => Client.MultipleResponsesGetDefaultNone200NoneAsync());

    [Fact] public Task ResponsesScenarioG400DefaultInvalid() => Scenario(() => Fails(400, () => Client.MultipleResponsesGetDefaultNone400InvalidAsync()));

    [Fact] public Task ResponsesScenarioG400DefaultNoModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGetDefaultNone400NoneAsync()));

    // 200 A only
    [Fact]
    public Task ResponsesScenarioH200MatchingNone() => Scenario(async () => ((object?)await Client.MultipleResponsesGet200ModelA200NoneAsync()).ShouldBeNull());

    [Fact] public Task ResponsesScenarioH200MatchingModel() => Scenario(async () => (await Client.MultipleResponsesGet200ModelA200ValidAsync()).ShouldNotBeNull().StatusCode.ShouldBe("200"));

    [Fact] public Task ResponsesScenarioH200MatchingInvalid() => Scenario(async () => (await Client.MultipleResponsesGet200ModelA200InvalidAsync()).ShouldNotBeNull().StatusCode.ShouldBeNull());

    [Fact] public Task ResponsesScenarioH400NonMatchingNone() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet200ModelA400NoneAsync()));

    [Fact] public Task ResponsesScenarioH400NonMatchingModel() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet200ModelA400ValidAsync()));

    [Fact] public Task ResponsesScenarioH400NonMatchingInvalid() => Scenario(() => Fails(400, () => Client.MultipleResponsesGet200ModelA400InvalidAsync()));

    // 202 is not declared (only 200): not a result of this operation
    [Fact] public Task ResponsesScenarioH202NonMatchingModel() => Scenario(() => Fails(202, () => Client.MultipleResponsesGet200ModelA202ValidAsync()));
}

// Transient failures (408, 500, 502, 503, 504) once, then 200: retried by the standard resilience handler of
// Microsoft.Extensions.Http.Resilience on a client from IHttpClientFactory (the README's setup for generated clients),
// with short constant delays so the test does not wait out production back-off.
[ConformanceGroup("httpInfrastructure")]
public sealed class HttpRetryTests : ConformanceTest, IDisposable
{
    private readonly ServiceProvider _services;

    public HttpRetryTests(TestServerFixture server)
        : base(server)
    {
        var services = new ServiceCollection();
        var builder = services.AddHttpClient<HttpInfrastructureClient>(client => client.BaseAddress = server.BaseAddress);
        builder.AddStandardResilienceHandler(options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(10);
            options.Retry.BackoffType = Polly.DelayBackoffType.Constant;
            options.Retry.UseJitter = false;
        });
        builder.AddHttpMessageHandler(() => new AttemptTimingHandler());
        _services = services.BuildServiceProvider();
    }

    private HttpInfrastructureClient Client => _services.GetRequiredService<HttpInfrastructureClient>();

    [Fact] public Task HttpRetry408Head() => Scenario(() => Client.HttpRetryHead408Async());

    [Fact] public Task HttpRetry500Put() => Scenario(() => Client.HttpRetryPut500Async(true));

    [Fact] public Task HttpRetry500Patch() => Scenario(() => Client.HttpRetryPatch500Async(true));

    [Fact] public Task HttpRetry502Get() => Scenario(() => Client.HttpRetryGet502Async());

    [Fact] public Task HttpRetry502Options() => Scenario(() => Client.HttpRetryOptions502Async());

    [Fact] public Task HttpRetry503Post() => Scenario(() => Client.HttpRetryPost503Async(true));

    [Fact] public Task HttpRetry503Delete() => Scenario(() => Client.HttpRetryDelete503Async(true));

    [Fact] public Task HttpRetry504Put() => Scenario(() => Client.HttpRetryPut504Async(true));

    [Fact] public Task HttpRetry504Patch() => Scenario(() => Client.HttpRetryPatch504Async(true));

    public void Dispose() => _services.Dispose();
}
