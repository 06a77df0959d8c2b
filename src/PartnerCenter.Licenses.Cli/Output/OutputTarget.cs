using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>
/// Where the result goes: stdout, or a file (<c>--output-file</c>). A file is written beside its target under a temporary
/// name and moved over it only when the whole result is written, so a failed run leaves an existing file as it was and
/// never a half-written one.
/// </summary>
internal sealed class OutputTarget : IAsyncDisposable
{
    private readonly string? _path;
    private readonly string? _temporaryPath;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? path, string? temporaryPath)
    {
        Writer = writer;
        _path = path;
        _temporaryPath = temporaryPath;
    }

    public TextWriter Writer { get; }

    public static OutputTarget Stdout(TextWriter stdout) => new(stdout, null, null);

    /// <summary>Opens the temporary file now, so a path that cannot be written is reported before anything is fetched.</summary>
    /// <exception cref="IOException">The folder does not exist or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static OutputTarget File(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new IOException($"'{path}' is a folder.");
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder {folder} does not exist.");
        }

        var temporaryPath = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        var writer = new StreamWriter(temporaryPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new OutputTarget(writer, fullPath, temporaryPath);
    }

    /// <summary>The result is complete: the file takes its place.</summary>
    public async Task CommitAsync()
    {
        await Writer.FlushAsync().ConfigureAwait(false);
        if (_temporaryPath is not null)
        {
            await Writer.DisposeAsync().ConfigureAwait(false);
            System.IO.File.Move(_temporaryPath, _path!, overwrite: true);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_temporaryPath is null)
        {
            return;
        }

        await Writer.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            System.IO.File.Delete(_temporaryPath);
        }
    }
}
