using System.Diagnostics;

namespace CapabilityAssessment.Tests.Http;

/// <summary>
/// A PostgreSQL server of the test's own, started and stopped with ops/lib/postgres.sh, for fault tests.
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ca-own-pg").FullName;

    private OwnPostgres(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=3";

    public static async Task<OwnPostgres> StartAsync()
    {
        // Below Linux's ephemeral range (32768-60999): a port found free there could be taken by one of this process's
        // own client sockets before PostgreSQL binds it (seen once as "Address already in use" on 58000).
        var port = int.Parse((await Ops("pg_free_port 29000 29999")).Trim());
        var server = new OwnPostgres(port);
        await server.StartAgainAsync();
        return server;
    }

    public Task StartAgainAsync() => Ops($"pg_start '{_directory}' {Port} throwaway");

    public Task StopAsync() => Ops($"pg_stop '{_directory}'");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<string> Ops(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"source ops/lib/postgres.sh && {command}"])
        {
            WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} failed: {errors}{output}");
        return output;
    }
}
