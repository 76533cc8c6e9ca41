using System.ComponentModel.DataAnnotations;

namespace CapabilityAssessment.Http;

/// <summary>Settings the service cannot start without; bound and validated at start-up.</summary>
public sealed class ServiceOptions
{
    public const string ConnectionStringName = "Assessments";

    [Required(ErrorMessage =
        "ConnectionStrings:Assessments is required (environment: ConnectionStrings__Assessments), e.g. " +
        "Host=127.0.0.1;Port=5432;Username=app;Database=capability_assessment")]
    public string ConnectionString { get; set; } = "";

    [Required, RegularExpression("^[a-z_][a-z0-9_]*$", ErrorMessage =
        "Store:Schema must be a lower-case SQL identifier")]
    public string Schema { get; set; } = "public";

    /// <summary>
    /// Where the instrument files live; relative paths are resolved against the working directory, then its parents.
    /// </summary>
    [Required]
    public string InstrumentsPath { get; set; } = "instruments";
}

internal static class ServiceOptionsSetup
{
    public static IServiceCollection AddServiceOptions(this IServiceCollection services)
    {
        services.AddOptions<ServiceOptions>()
            .Configure<IConfiguration>((options, config) =>
            {
                options.ConnectionString = config.GetConnectionString(ServiceOptions.ConnectionStringName) ?? "";
                options.Schema = config["Store:Schema"] ?? options.Schema;
                options.InstrumentsPath = config["Instruments:Path"] ?? options.InstrumentsPath;
            })
            .ValidateDataAnnotations()
            .Validate(o => IsParsable(o.ConnectionString),
                "ConnectionStrings:Assessments is not a valid PostgreSQL connection string")
            .ValidateOnStart();
        return services;
    }

    private static bool IsParsable(string connectionString)
    {
        if (connectionString.Length == 0) return true; // reported by [Required]
        try { _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString); return true; }
        catch (ArgumentException) { return false; }
    }
}
