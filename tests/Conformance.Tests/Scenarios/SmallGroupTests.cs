using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Conformance.BodyBinary;
using Conformance.BodyFile;
using Conformance.RequiredOptional;
using Conformance.Tests.Infrastructure;
using Conformance.UrlMultiCollectionFormat;
using Conformance.XmsErrorResponses;
using Conformance.XmsErrorResponses.Models;

namespace Conformance.Tests.Scenarios;

[ConformanceGroup("body-file")]
public sealed class BodyFileTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyFileClient Client => new(Server.HttpClient);

    [Fact]
    public Task FileStreamNonempty() => Scenario(async () =>
    {
        await using var stream = await Client.FilesGetFileAsync();
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        received.ToArray().ShouldBe(await File.ReadAllBytesAsync(Path.Combine(TestServerInstallation.Package, "legacy", "routes", "sample.png")));
    });

    // 3,000 MiB: read through as it streams (counted, never held), so a client that buffers the body would run out of memory here.
    [Fact]
    public Task FileStreamVeryLarge() => Scenario(async () =>
    {
        await using var stream = await Client.FilesGetFileLargeAsync();
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        total.ShouldBe(3000L * 1024 * 1024);
    });

    [Fact]
    public Task FileStreamEmpty() => Scenario(async () =>
    {
        await using var stream = await Client.FilesGetEmptyFileAsync();
        (await stream.ReadAsync(new byte[16])).ShouldBe(0);
    });
}

[ConformanceGroup("body-binary")]
public sealed class BodyBinaryTests(TestServerFixture server) : ConformanceTest(server)
{
    private BodyBinaryClient Client => new(Server.HttpClient);

    [Fact]
    public Task BodyBinaryFile() => Scenario(() =>
        Client.UploadFileAsync(new Dictionary<string, JsonElement> { ["more"] = JsonDocument.Parse("\"cowbell\"").RootElement }));

    [Fact] public Task BodyBinaryOctet() => Scenario(() => Client.UploadBinaryAsync(new MemoryStream([1, 2, 3, 4])));

    [Fact]
    public Task BodyBinaryError() => Scenario(async () =>
        (await Should.ThrowAsync<BodyBinaryException>(() => Client.DownloadErrorStreamAsync())).Status.ShouldBe(400));
}

// Swagger 2.0 collectionFormat: multi: one arrayQuery=… pair per item.
[ConformanceGroup("url-multi-collectionFormat")]
public sealed class UrlMultiCollectionFormatTests(TestServerFixture server) : ConformanceTest(server)
{
    private UrlMultiCollectionFormatClient Client => new(Server.HttpClient);

    [Fact] public Task UrlQueriesArrayMultiNull() => Scenario(() => Client.QueriesArrayStringMultiNullAsync(null));

    [Fact] public Task UrlQueriesArrayMultiEmpty() => Scenario(() => Client.QueriesArrayStringMultiEmptyAsync([]));

    [Fact]
    public Task UrlQueriesArrayMultiValid() => Scenario(() =>
        Client.QueriesArrayStringMultiValidAsync(["ArrayQuery1", "begin!*'();:@ &=+$,/?#[]end", "", ""]));
}

// Errors with x-ms-error-response: each declared error status reads its own schema (polymorphic where it has a
// discriminator) into the exception.
[ConformanceGroup("xms-error-responses")]
public sealed class XmsErrorResponsesTests(TestServerFixture server) : ConformanceTest(server)
{
    private XmsErrorResponsesClient Client => new(Server.HttpClient);

    private static async Task<XmsErrorResponsesException> Fails(int status, Func<Task> call)
    {
        var exception = await Should.ThrowAsync<XmsErrorResponsesException>(call);
        exception.Status.ShouldBe(status);
        return exception;
    }

    [Fact]
    public Task expectedNoErrors() => Scenario(async () =>
    {
        (await Client.PetGetPetByIdAsync("tommy")).ShouldNotBeNull().Name.ShouldBe("Tommy Tomson");
        await Client.PetDoSomethingAsync("stay");
    });

    [Fact]
    public Task animalNotFoundError() => Scenario(async () =>
    {
        var error = (await Fails(404, () => Client.PetGetPetByIdAsync("coyoteUgly"))).Error.ShouldBeOfSpecType<AnimalNotFound>();
        error.Name.ShouldBe("coyote");
        error.Reason.ShouldBe("the type of animal requested is not available");
    });

    [Fact]
    public Task linkNotFoundError() => Scenario(async () =>
        (await Fails(404, () => Client.PetGetPetByIdAsync("weirdAlYankovic"))).Error.ShouldBeOfSpecType<LinkNotFound>().WhatSubAddress.ShouldBe("pet/yourpet was not found"));

    [Fact]
    public Task stringError() => Scenario(async () => (await Fails(400, () => Client.PetGetPetByIdAsync("ringo"))).Error.ShouldBe("ringo is missing"));

    // {"type": "integer"} without a format is a 64-bit integer.
    [Fact]
    public Task intError() => Scenario(async () => (await Fails(501, () => Client.PetGetPetByIdAsync("alien123"))).Error.ShouldBeOfSpecType<long>().ShouldBe(123));

    [Fact]
    public Task expectedPetSadError() => Scenario(async () =>
        (await Fails(500, () => Client.PetDoSomethingAsync("jump"))).Error.ShouldBeOfSpecType<PetSadError>().Reason.ShouldBe("need more treats"));

    [Fact]
    public Task expectedPetHungryError() => Scenario(async () =>
        (await Fails(404, () => Client.PetDoSomethingAsync("fetch"))).Error.ShouldBeOfSpecType<PetHungryOrThirstyError>().HungryOrThirsty.ShouldBe("hungry and thirsty"));

    // The models query parameter has a client default ("value1") in the spec, sent when the caller gives none.
    [Fact]
    public Task sendErrorWithParamNameModels() => Scenario(async () =>
        (await Fails(500, () => Client.PetHasModelsParamAsync())).Error.ShouldBeOfSpecType<PetSadError>().Reason.ShouldBe("need more treats"));
}

// Optional parameters left out are not sent at all.
[ConformanceGroup("required-optional")]
public sealed class RequiredOptionalTests(TestServerFixture server) : ConformanceTest(server)
{
    private RequiredOptionalClient Client => new(Server.HttpClient);

    [Fact] public Task OptionalImplicitBody() => Scenario(() => Client.ImplicitPutOptionalBodyAsync(null));

    [Fact] public Task OptionalImplicitHeader() => Scenario(() => Client.ImplicitPutOptionalHeaderAsync(null));

    [Fact] public Task OptionalImplicitQuery() => Scenario(() => Client.ImplicitPutOptionalQueryAsync(null));

    [Fact] public Task OptionalGlobalQuery() => Scenario(() => Client.ImplicitGetOptionalGlobalQueryAsync(null));

    [Fact] public Task ImplicitOptionalBinaryBody() => Scenario(() => Client.ImplicitPutOptionalBinaryBodyAsync(null));

    [Fact] public Task ExplicitOptionalBinaryBody() => Scenario(() => Client.ExplicitPutOptionalBinaryBodyAsync(null));

    [Fact] public Task ExplicitRequiredBinaryBody() => Scenario(() => Client.ExplicitPutRequiredBinaryBodyAsync(new MemoryStream([1, 2, 3])));

    // The server's catch-all for /reqopt/optional/{type}/{scenario}: optional parameters, properties and headers left out.
    [Fact]
    public Task GeneralOptional() => Scenario(async () =>
    {
        await Client.ExplicitPostOptionalIntegerParameterAsync(null);
        await Client.ExplicitPostOptionalIntegerPropertyAsync(new());
        await Client.ExplicitPostOptionalIntegerHeaderAsync(null);
        await Client.ExplicitPostOptionalStringParameterAsync(null);
        await Client.ExplicitPostOptionalStringPropertyAsync(new());
        await Client.ExplicitPostOptionalStringHeaderAsync(null);
        await Client.ExplicitPostOptionalClassParameterAsync(null);
        await Client.ExplicitPostOptionalClassPropertyAsync(new());
        await Client.ExplicitPostOptionalArrayParameterAsync(null);
        await Client.ExplicitPostOptionalArrayPropertyAsync(new());
        await Client.ExplicitPostOptionalArrayHeaderAsync(null);
    });
}
