using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SkillSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HowToBuild",
                table: "Skills",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "HowToShow",
                table: "Skills",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HowToBuild",
                table: "Skills");

            migrationBuilder.DropColumn(
                name: "HowToShow",
                table: "Skills");
        }
    }
}
