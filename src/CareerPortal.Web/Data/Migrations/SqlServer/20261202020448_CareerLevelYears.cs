using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CareerLevelYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxYears",
                table: "CareerLevels",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinYears",
                table: "CareerLevels",
                type: "int",
                nullable: true);

            // The years move from the shared catalog level onto each career's level: every
            // career starts from the values it showed until now.
            migrationBuilder.Sql(
                "UPDATE CareerLevels SET " +
                "MinYears = (SELECT Levels.MinYears FROM Levels WHERE Levels.Id = CareerLevels.LevelId), " +
                "MaxYears = (SELECT Levels.MaxYears FROM Levels WHERE Levels.Id = CareerLevels.LevelId);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxYears",
                table: "CareerLevels");

            migrationBuilder.DropColumn(
                name: "MinYears",
                table: "CareerLevels");
        }
    }
}
